/**
 * JSON Schemas (draft-04), one per MUST of the W3C Web Annotation Data Model
 * (https://www.w3.org/TR/annotation-model/, REC 2017-02-23) that our export touches, written
 * from the specification's text. Each names its section and requirement; each is as small as
 * the requirement, so a failure says which one was broken. `on` says what it is checked on:
 * the collection, its page, or every annotation (standalone, i.e. with the collection's @context).
 */
export type ModelMust = {
  section: string;
  must: string;
  on: "collection" | "page" | "annotation";
  schema: object;
  /** Breaks the requirement on a valid subject (a deep copy), so the test shows the schema catches it. */
  breaks: (subject: Node) => void;
};

// biome-ignore lint/suspicious/noExplicitAny: test subjects are arbitrary JSON, mutated freely.
type Node = Record<string, any>;

const iri = { type: "string", format: "uri" };
const dateTimeZ = { type: "string", format: "date-time", pattern: "Z$" };
const motivations = {
  enum: [
    "assessing",
    "bookmarking",
    "classifying",
    "commenting",
    "describing",
    "editing",
    "highlighting",
    "identifying",
    "linking",
    "moderating",
    "questioning",
    "replying",
    "tagging",
  ],
};
const oneOrMore = (schema: object) => ({ oneOf: [schema, { type: "array", minItems: 1, items: schema }] });
/** A schema every body (or every item of the body array) must meet. */
const everyBody = (schema: object) => ({
  required: ["body"],
  properties: {
    body: {
      oneOf: [
        { type: "array", items: schema },
        { type: "object", allOf: [schema] },
      ],
    },
  },
});
/** Applies `then` to the objects that have `type` equal to `name`. */
const whenType = (name: string, then: object) => ({
  oneOf: [{ not: { required: ["type"], properties: { type: { enum: [name] } } } }, { allOf: [then] }],
});
/** A schema every selector of the annotation's target(s) must meet. */
const everySelector = (schema: object) => ({
  required: ["target"],
  properties: {
    target: {
      type: "object",
      properties: {
        selector: {
          oneOf: [
            { type: "array", items: schema },
            { type: "object", allOf: [schema] },
          ],
        },
      },
    },
  },
});

export const MODEL_MUSTS: ModelMust[] = [
  {
    section: "3.1",
    must: "The Annotation MUST have 1 or more @context values and http://www.w3.org/ns/anno.jsonld MUST be one of them; if there is only one, it MUST be a string",
    on: "annotation",
    schema: {
      required: ["@context"],
      properties: { "@context": { enum: ["http://www.w3.org/ns/anno.jsonld"] } },
    },
    breaks: (a) => {
      a["@context"] = ["http://www.w3.org/ns/anno.jsonld"];
    },
  },
  {
    section: "3.1",
    must: "An Annotation MUST have exactly 1 IRI that identifies it",
    on: "annotation",
    schema: { required: ["id"], properties: { id: iri } },
    breaks: (a) => {
      a.id = "claim 3";
    },
  },
  {
    section: "3.1",
    must: "An Annotation MUST have 1 or more types, and the Annotation class MUST be one of them",
    on: "annotation",
    schema: { required: ["type"], properties: { type: { enum: ["Annotation"] } } },
    breaks: (a) => {
      a.type = "Note";
    },
  },
  {
    section: "3.1",
    must: "An Annotation MUST have 1 or more Targets",
    on: "annotation",
    schema: { required: ["target"], properties: { target: { type: ["object", "string", "array"] } } },
    breaks: (a) => {
      delete a.target;
    },
  },
  {
    section: "3.2.5",
    must: "If there is a bodyValue property, there MUST NOT be a body property (and bodyValue MUST be a single string)",
    on: "annotation",
    schema: {
      oneOf: [
        { not: { required: ["bodyValue"] } },
        {
          required: ["bodyValue"],
          properties: { bodyValue: { type: "string" } },
          not: { required: ["body"] },
        },
      ],
    },
    breaks: (a) => {
      a.bodyValue = "also a comment";
    },
  },
  {
    section: "3.2.4",
    must: "A TextualBody MUST have exactly 1 value, a string",
    on: "annotation",
    schema: everyBody(
      whenType("TextualBody", { required: ["value"], properties: { value: { type: "string" } } }),
    ),
    breaks: (a) => {
      delete a.body[0].value;
    },
  },
  {
    section: "3.2.1",
    must: "An External Web Resource MUST be identified by an IRI (every body that is not embedded text or a Specific Resource has an IRI id)",
    on: "annotation",
    schema: everyBody({
      anyOf: [
        { required: ["value"] },
        { required: ["source"] },
        { required: ["id"], properties: { id: iri } },
      ],
    }),
    breaks: (a) => {
      a.body.push({ id: "a page", type: "Text" });
    },
  },
  {
    section: "4",
    must: "A Specific Resource MUST have exactly 1 source, an IRI or a resource with an IRI id",
    on: "annotation",
    schema: {
      allOf: [
        everyBody(
          whenType("SpecificResource", {
            required: ["source"],
            properties: {
              source: { oneOf: [iri, { type: "object", required: ["id"], properties: { id: iri } }] },
            },
          }),
        ),
        { properties: { target: { required: ["source"], properties: { source: iri } } } },
      ],
    },
    breaks: (a) => {
      a.target.source = ["https://a.example/", "https://b.example/"];
    },
  },
  {
    section: "3.3.1",
    must: "created and modified MUST be xsd:dateTime with the UTC timezone expressed as Z (at most one of each)",
    on: "annotation",
    schema: { properties: { created: dateTimeZ, modified: dateTimeZ, generated: dateTimeZ } },
    breaks: (a) => {
      a.created = "2025-12-15T10:00:00+01:00";
    },
  },
  {
    section: "3.3.1",
    must: "created on a body MUST be xsd:dateTime in UTC with Z",
    on: "annotation",
    schema: everyBody({ properties: { created: dateTimeZ, modified: dateTimeZ } }),
    breaks: (a) => {
      a.body[0].created = "15 December 2025";
    },
  },
  {
    section: "3.3.5",
    must: "motivation and purpose values MUST be Motivations: those the model defines (or an IRI of a new one)",
    on: "annotation",
    schema: {
      allOf: [
        { properties: { motivation: oneOrMore(motivations) } },
        everyBody({ properties: { purpose: oneOrMore(motivations) } }),
      ],
    },
    breaks: (a) => {
      a.body[0].purpose = "verdict";
    },
  },
  {
    section: "4.2.4",
    must: "A TextQuoteSelector MUST have exactly 1 exact (prefix and suffix at most 1 each), strings",
    on: "annotation",
    schema: everySelector(
      whenType("TextQuoteSelector", {
        required: ["exact"],
        properties: { exact: { type: "string" }, prefix: { type: "string" }, suffix: { type: "string" } },
      }),
    ),
    breaks: (a) => {
      delete a.target.selector[0].exact;
    },
  },
  {
    section: "4.2.5",
    must: "A TextPositionSelector MUST have exactly 1 start and 1 end, non-negative integers",
    on: "annotation",
    schema: everySelector(
      whenType("TextPositionSelector", {
        required: ["start", "end"],
        properties: { start: { type: "integer", minimum: 0 }, end: { type: "integer", minimum: 0 } },
      }),
    ),
    breaks: (a) => {
      a.target.selector[1].start = -1;
    },
  },
  {
    section: "4.3.1",
    must: "A TimeState MUST have a sourceDate (or sourceDateStart and sourceDateEnd), xsd:dateTime in UTC",
    on: "annotation",
    schema: {
      properties: {
        target: {
          properties: {
            state: whenType("TimeState", {
              required: ["sourceDate"],
              properties: { sourceDate: dateTimeZ, cached: iri },
            }),
          },
        },
      },
    },
    breaks: (a) => {
      delete a.target.state.sourceDate;
    },
  },
  {
    section: "4.4",
    must: "A stylesheet MUST have the CssStylesheet type; embedded, it MUST have exactly 1 value",
    on: "annotation",
    schema: {
      properties: {
        stylesheet: {
          oneOf: [
            iri,
            {
              type: "object",
              required: ["type", "value"],
              properties: { type: { enum: ["CssStylesheet"] }, value: { type: "string" } },
            },
          ],
        },
      },
    },
    breaks: (a) => {
      a.stylesheet = { type: "CssStylesheet" };
    },
  },
  {
    section: "5.1",
    must: "A Collection MUST have the anno.jsonld @context, exactly 1 IRI id and the AnnotationCollection type",
    on: "collection",
    schema: {
      required: ["@context", "id", "type"],
      properties: {
        "@context": { enum: ["http://www.w3.org/ns/anno.jsonld"] },
        id: iri,
        type: { enum: ["AnnotationCollection"] },
      },
    },
    breaks: (c) => {
      c.type = "OrderedCollection";
    },
  },
  {
    section: "5.1",
    must: "A Collection with annotations MUST have a first page (an IRI or the embedded page); total, if given, a non-negative integer",
    on: "collection",
    schema: {
      properties: { total: { type: "integer", minimum: 0 }, last: iri },
      oneOf: [
        { properties: { total: { enum: [0] } }, not: { required: ["first"] } },
        {
          required: ["first"],
          properties: { total: { minimum: 1 }, first: { oneOf: [iri, { type: "object" }] } },
        },
      ],
    },
    breaks: (c) => {
      delete c.first;
    },
  },
  {
    section: "5.2",
    must: "A Page MUST have exactly 1 IRI id, the AnnotationPage type and an items list of Annotations; partOf, if given, an IRI",
    on: "page",
    schema: {
      required: ["id", "type", "items"],
      properties: {
        id: iri,
        type: { enum: ["AnnotationPage"] },
        partOf: iri,
        startIndex: { type: "integer", minimum: 0 },
        items: {
          type: "array",
          minItems: 1,
          items: { type: "object", required: ["type"], properties: { type: { enum: ["Annotation"] } } },
        },
      },
    },
    breaks: (p) => {
      p.items = [];
    },
  },
];
