import { createHash } from "node:crypto";
import type { Stance } from "@/lib/generated/prisma/enums";

/**
 * How Factdesk words its claims in the W3C Web Annotation Data Model, shared by the export
 * (./w3c-annotation.ts) and the import (lib/annotations-import), so what one writes the other reads.
 *
 * One claim is one Annotation, motivation "assessing". Its bodies, told apart by `purpose`:
 * - "assessing": TextualBody, the verdict label ("Mostly accurate"), with who decided it and when;
 * - "commenting": TextualBody (text/markdown), the rationale; a second one labelled
 *   "What was tried" carries what was tried before calling a claim unverifiable;
 * - "describing": TextualBody, the editor's note on the claim;
 * - "tagging": TextualBody, the claim's kind ("Casualty figure");
 * - "linking": SpecificResource per piece of evidence: its `source` is the source's page (an
 *   External Web Resource whose `label` is the source's title and `creator` its publisher; a
 *   source without an address gets a urn:uuid), a TextQuoteSelector holds the excerpt quoted from
 *   it, a TimeState says when it was read, and `styleClass` names the stance. A SpecificResource
 *   may not hold a body of its own, and styleClass is its one property for how it is shown; the
 *   stance is exactly that (the report colours support, refutation and context), and the
 *   Annotation's embedded stylesheet defines the three classes.
 * `label` is rdfs:label, which the anno.jsonld context defines; the model's own terms cover the rest.
 * The target's TextPositionSelector counts code points, as the model requires (./text-offsets.ts).
 */
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** The media type of the export, with the profile the Web Annotation Protocol asks for. */
export const W3C_CONTENT_TYPE = `application/ld+json; profile="${ANNO_CONTEXT}"`;

export const ATTEMPTS_LABEL = "What was tried";
export const RATIONALE_LABEL = "Rationale";
export const NOTE_LABEL = "Note";

export const STANCE_CLASSES: Record<Stance, string> = {
  SUPPORTS: "factdesk-supports",
  REFUTES: "factdesk-refutes",
  CONTEXT: "factdesk-context",
};

/** The stylesheet every exported Annotation embeds, defining the stance classes. */
export const STANCE_STYLESHEET = {
  type: "CssStylesheet",
  value: [
    `.${STANCE_CLASSES.SUPPORTS} { color: #166534; }`,
    `.${STANCE_CLASSES.REFUTES} { color: #991b1b; }`,
    `.${STANCE_CLASSES.CONTEXT} { color: #475569; }`,
  ].join(" "),
} as const;

// A fixed namespace for name-based UUIDs of Factdesk sources (RFC 9562 version 5).
const SOURCE_NAMESPACE = Buffer.from("5d4a7f2e8c1b4e6fa0d39b2c7e1f4a60", "hex");

/**
 * A source without a web address still needs an IRI: a urn:uuid derived from its id, the same
 * in every export (an import matches such sources by title, as other tools have no such id).
 */
export function sourceUrn(sourceId: string): string {
  const hash = createHash("sha1").update(SOURCE_NAMESPACE).update(sourceId, "utf8").digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** xsd:dateTime in UTC with a "Z", as the model requires for created, modified and generated. */
export function w3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, "Z");
}
