import { KIND_LABELS, VERDICT_LABELS } from "@/components/claims/labels";
import type { ExportClaim, ExportEvidence } from "./article-export";
import type { ExportContext } from "./formats";
import type { TextOffsets } from "./text-offsets";
import { wholeCharacters } from "./text-offsets";
import {
  ATTEMPTS_LABEL,
  NOTE_LABEL,
  RATIONALE_LABEL,
  STANCE_CLASSES,
  STANCE_STYLESHEET,
  sourceUrn,
  w3cDateTime,
} from "./w3c-terms";

/** A JSON-LD node as the export writes it (compacted with the anno.jsonld context). */
export type W3cNode = { [key: string]: W3cValue };
export type W3cValue = string | number | W3cNode | W3cValue[];

/** What every annotation of one export shares. */
export type AnnotationScope = {
  context: ExportContext;
  offsets: TextOffsets;
  /** The annotated resource: the article's own address, or its page in Factdesk. */
  targetSource: string;
  /** The version's state: when it came in, and where Factdesk shows that text. */
  state: W3cNode;
  generator: W3cNode;
  generated: string;
};

/**
 * One anchored claim as a W3C Annotation (see ./w3c-terms.ts for the bodies). Its id points at
 * the claim in the report; its target selects the quote in the exported version both by quote
 * and by position (in code points, as the model counts).
 */
export function claimAnnotation(scope: AnnotationScope, claim: ExportClaim): W3cNode {
  const body = claimBodies(claim);
  const annotation: W3cNode = {
    id: `${scope.context.reportUrl}#claim-${claim.number}`,
    type: "Annotation",
    motivation: "assessing",
    created: w3cDateTime(claim.createdAt),
    modified: w3cDateTime(claim.updatedAt),
    creator: person(claim.createdByName),
    generator: scope.generator,
    generated: scope.generated,
    body,
    target: {
      type: "SpecificResource",
      source: scope.targetSource,
      selector: [
        {
          type: "TextQuoteSelector",
          exact: claim.exact,
          prefix: wholeCharacters(claim.prefix, "prefix"),
          suffix: wholeCharacters(claim.suffix, "suffix"),
        },
        {
          type: "TextPositionSelector",
          start: scope.offsets.toCodePoints(claim.start),
          end: scope.offsets.toCodePoints(claim.end),
        },
      ],
      state: scope.state,
    },
  };
  // The model asks for a stylesheet wherever a styleClass is used (section 4.4).
  if (claim.evidence.length > 0) annotation.stylesheet = { ...STANCE_STYLESHEET };
  return annotation;
}

function claimBodies(claim: ExportClaim): W3cNode[] {
  const { decision } = claim;
  const verdict: W3cNode = {
    type: "TextualBody",
    purpose: "assessing",
    value: VERDICT_LABELS[claim.verdict],
    format: "text/plain",
    language: "en",
  };
  if (decision) {
    verdict.creator = person(decision.setByName);
    verdict.created = w3cDateTime(decision.createdAt);
  }
  const bodies: W3cNode[] = [verdict];
  if (decision?.rationale) bodies.push(markdownBody("commenting", RATIONALE_LABEL, decision.rationale));
  if (decision?.attempts) bodies.push(markdownBody("commenting", ATTEMPTS_LABEL, decision.attempts));
  if (claim.note)
    bodies.push({ type: "TextualBody", purpose: "describing", label: NOTE_LABEL, value: claim.note });
  bodies.push({ type: "TextualBody", purpose: "tagging", value: KIND_LABELS[claim.kind], language: "en" });
  for (const evidence of claim.evidence) bodies.push(evidenceBody(evidence));
  return bodies;
}

function markdownBody(purpose: string, label: string, value: string): W3cNode {
  return { type: "TextualBody", purpose, label, format: "text/markdown", value };
}

/** A piece of evidence: the source's page, the excerpt quoted from it, when it was read, the stance. */
function evidenceBody(evidence: ExportEvidence): W3cNode {
  const { source } = evidence;
  const page: W3cNode = { id: source.url ?? sourceUrn(source.id), type: "Text", label: source.title };
  if (source.publisher) page.creator = { type: "Organization", name: source.publisher };
  const body: W3cNode = {
    type: "SpecificResource",
    purpose: "linking",
    styleClass: STANCE_CLASSES[evidence.stance],
    source: page,
  };
  if (evidence.excerpt) body.selector = { type: "TextQuoteSelector", exact: evidence.excerpt };
  // The page as it was when the editor read it (a TimeState is the model's way to say "as of").
  if (evidence.accessedAt) body.state = { type: "TimeState", sourceDate: w3cDateTime(evidence.accessedAt) };
  return body;
}

function person(name: string): W3cNode {
  return { type: "Person", name };
}
