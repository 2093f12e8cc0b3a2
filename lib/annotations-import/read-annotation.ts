import { KIND_LABELS, VERDICT_LABELS } from "@/components/claims/labels";
import { ATTEMPTS_LABEL, STANCE_CLASSES } from "@/lib/exports/w3c-terms";
import type { ClaimKind, Stance, Verdict } from "@/lib/generated/prisma/enums";
import { firstString, isObject, listOf, typesOf } from "./json-values";
import type { W3cAnnotation } from "./parse-collection";
import { readTarget, type TargetSelectors } from "./read-target";

/** A piece of evidence as an annotation links it. */
export type DraftEvidence = {
  /** The linked page's address; null for a source named only by a URN. */
  url: string | null;
  title: string;
  publisher: string | null;
  stance: Stance;
  excerpt: string | null;
  accessedAt: Date | null;
};

/** What one annotation asks to create, before anchoring. */
export type AnnotationDraft = {
  /** "Annotation 3" or its id, for messages. */
  name: string;
  target: TargetSelectors;
  kind: ClaimKind;
  note: string | null;
  /** Our own exports carry a verdict (an "assessing" body); other tools' annotations do not. */
  verdict: {
    label: string;
    value: Verdict | null;
    rationale: string | null;
    attempts: string | null;
    /** When it was decided (the assessing body's `created`), kept as the verdict's "as of" date. */
    decidedAt: Date | null;
  } | null;
  evidence: DraftEvidence[];
};

type TextBody = { value: string; purposes: string[]; label: string | null; created: Date | null };

/**
 * Reads one annotation: Factdesk's own (see lib/exports/w3c-terms.ts) or another tool's such as
 * Hypothesis's, whose comment (a TextualBody with purpose "commenting" or none, or bodyValue)
 * becomes the claim's note and whose tags name its kind when they can.
 */
export function readAnnotation(annotation: W3cAnnotation, index: number): AnnotationDraft {
  const texts: TextBody[] = [];
  const evidence: DraftEvidence[] = [];
  for (const body of listOf(annotation.body)) {
    if (!isObject(body)) continue; // a body given only by its IRI says nothing we can store
    if (typeof body.value === "string") {
      texts.push({
        value: body.value,
        purposes: typesOf(body.purpose),
        label: firstString(body.label),
        created: dateOf(body.created),
      });
    } else if (body.source !== undefined || typesOf(body.purpose).includes("linking")) {
      const linked = readEvidence(body);
      if (linked) evidence.push(linked);
    }
  }
  if (annotation.bodyValue !== undefined)
    texts.push({ value: annotation.bodyValue, purposes: [], label: null, created: null });
  const withPurpose = (purpose: string) => texts.filter((text) => text.purposes.includes(purpose));
  const tags = withPurpose("tagging").map((tag) => tag.value.trim());
  const kind = tags.map(kindOf).find((found) => found !== null) ?? "OTHER";
  const otherTags = tags.filter((tag) => kindOf(tag) === null && tag !== "");
  const assessing = withPurpose("assessing")[0];
  // With a verdict (our export), commenting bodies are its rationale and what was tried.
  const isOurs = assessing !== undefined;
  const comments = texts.filter(
    (text) => !text.purposes.some((purpose) => ["assessing", "tagging"].includes(purpose)),
  );
  const rationale = isOurs
    ? comments.find((text) => isCommenting(text) && text.label !== ATTEMPTS_LABEL)
    : undefined;
  const attempts = isOurs
    ? comments.find((text) => isCommenting(text) && text.label === ATTEMPTS_LABEL)
    : undefined;
  const noteParts = comments.filter(
    (text) => text !== rationale && text.value.trim() !== "" && text !== attempts,
  );
  const note = [
    ...noteParts.map((text) => text.value.trim()),
    otherTags.length ? `Tags: ${otherTags.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
  return {
    name: annotation.id ? `Annotation ${index + 1} (${clip(annotation.id, 200)})` : `Annotation ${index + 1}`,
    target: readTarget(annotation.target),
    kind,
    note: note || null,
    verdict: assessing
      ? {
          label: assessing.value.trim(),
          value: verdictOf(assessing.value),
          rationale: rationale?.value.trim() || null,
          attempts: attempts?.value.trim() || null,
          decidedAt: assessing.created,
        }
      : null,
    evidence,
  };
}

function isCommenting(text: TextBody): boolean {
  return text.purposes.includes("commenting");
}

/** A linked source: a SpecificResource (or a resource linked by IRI) with our stance class if any. */
function readEvidence(body: Record<string, unknown>): DraftEvidence | null {
  const page = body.source ?? body.id;
  const address = typeof page === "string" ? page : isObject(page) ? firstString(page.id) : null;
  if (!address) return null;
  const url = /^https?:\/\//i.test(address) ? address : null;
  const described = isObject(page) ? page : {};
  const publisher = isObject(described.creator) ? firstString(described.creator.name) : null;
  const selector = listOf(body.selector).find(
    (item) => isObject(item) && typesOf(item.type).includes("TextQuoteSelector"),
  );
  const state = listOf(body.state).find((item) => isObject(item) && typesOf(item.type).includes("TimeState"));
  const accessedAt = isObject(state) ? dateOf(state.sourceDate) : null;
  return {
    url,
    title: firstString(described.label) ?? url ?? "Untitled source",
    publisher,
    stance: stanceOf(typesOf(body.styleClass)),
    excerpt: isObject(selector) ? firstString(selector.exact) : null,
    accessedAt,
  };
}

function stanceOf(classes: string[]): Stance {
  for (const [stance, name] of Object.entries(STANCE_CLASSES) as [Stance, string][]) {
    if (classes.some((item) => item === name || item.toUpperCase() === stance)) return stance;
  }
  return "CONTEXT";
}

/** A verdict named by its label ("Mostly accurate") or its key ("MOSTLY_ACCURATE"); null if neither. */
export function verdictOf(value: string): Verdict | null {
  const wanted = normalizeName(value);
  const entry = (Object.entries(VERDICT_LABELS) as [Verdict, string][]).find(
    ([key, label]) => normalizeName(label) === wanted || normalizeName(key) === wanted,
  );
  return entry?.[0] ?? null;
}

/** A claim kind named by its label ("Casualty figure") or its key ("CASUALTY_FIGURE"); null if neither. */
export function kindOf(value: string): ClaimKind | null {
  const wanted = normalizeName(value);
  const entry = (Object.entries(KIND_LABELS) as [ClaimKind, string][]).find(
    ([key, label]) => normalizeName(label) === wanted || normalizeName(key) === wanted,
  );
  return entry?.[0] ?? null;
}

function normalizeName(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
}

function dateOf(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) || date.getTime() > Date.now() ? null : date;
}

/** Text cut to `length` characters with an ellipsis, for messages about what a file holds. */
export function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
