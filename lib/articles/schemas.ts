import { z } from "zod";
import { normalizeArticleUrl } from "./article-url";

/** Article ids are cuids; anything else in a URL is simply not found. */
export const ZArticleId = z.string().regex(/^[a-z0-9]{20,40}$/);

const MISSING_ARTICLE = "Choose an article from this workspace.";

/** Optional text: blank becomes null. */
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .nullish()
    .transform((value) => value || null);

// Times are UTC (wire copy has no zone); a form's "2025-12-14T16:30" is read as 16:30 UTC.
const UTC_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** A time given as a Date, or as ISO-8601 text read as UTC when it has no offset; blank is null. */
export const ZOptionalTime = z
  .union([z.date(), z.string().trim()])
  .nullish()
  .transform((value, context) => {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? invalidTime(context) : value;
    if (!value) return null;
    if (!UTC_TIME.test(value)) return invalidTime(context);
    const hasZone = /(?:Z|[+-]\d{2}:\d{2})$/.test(value);
    const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : hasZone ? value : `${value}Z`);
    return Number.isNaN(date.getTime()) ? invalidTime(context) : date;
  });

function invalidTime(context: z.RefinementCtx): never {
  context.addIssue({ code: "custom", message: "Enter a date and time such as 2025-12-14 16:30 (UTC)." });
  return z.NEVER;
}

/** The metadata an editor reviews before saving. */
export const ZArticleMetadata = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the article a title.")
    .max(300, "A title can be at most 300 characters."),
  outlet: optionalText(200, "The outlet"),
  byline: optionalText(300, "The byline"),
  url: z
    .string()
    .trim()
    .max(2048, "That address is too long.")
    .nullish()
    .refine((value) => !value || normalizeArticleUrl(value) !== null, {
      message: "Enter the full address, starting with https:// or http://.",
    })
    .transform((value) => value || null),
  language: z
    .string()
    .trim()
    .regex(/^(?:[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*)?$/, "Use a language code such as en, de or pt-BR.")
    .nullish()
    .transform((value) => value || null),
  publishedAt: ZOptionalTime,
  sourceUpdatedAt: ZOptionalTime,
});

const ZOrigin = z.enum(["PASTE", "UPLOAD", "URL", "WIRE"]);

/**
 * Saving a reviewed draft as a new article: the metadata fields (flat, so
 * each error lands next to its field), how it came in, and the document,
 * which the domain normalizes again whoever sent it.
 */
export const ZImportArticleInput = ZArticleMetadata.extend({
  origin: ZOrigin,
  sourceName: z.string().trim().min(1).max(2048),
  document: z.object({ type: z.literal("doc"), content: z.array(z.unknown()) }),
});

/** Saving a reviewed draft as the next version of an article. */
export const ZAddVersionInput = ZImportArticleInput.extend({
  articleId: z.string().regex(/^[a-z0-9]{20,40}$/, MISSING_ARTICLE),
});

/**
 * An uploaded file. Checked by shape, not `instanceof File`: the File class
 * a request's form data is built with differs between Node versions.
 */
const ZUploadedFile = z.custom<File>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    typeof (value as File).arrayBuffer === "function" &&
    typeof (value as File).name === "string",
  "Choose a file to import.",
);

/** A source to read for review: pasted text, an uploaded file, or a web address. */
export const ZPreviewInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("paste"),
    text: z.string().refine((text) => text.trim(), "Paste the article first."),
  }),
  z.object({ kind: z.literal("url"), url: z.string().trim().min(1, "Enter the article's web address.") }),
  z.object({ kind: z.literal("file"), file: ZUploadedFile }),
]);

/** One file of a bulk import: read and saved at once (a new article, a new version, or nothing new). */
export const ZImportFileInput = z.object({ file: ZUploadedFile });

export type ImportArticleInput = z.infer<typeof ZImportArticleInput>;
export type AddVersionInput = z.infer<typeof ZAddVersionInput>;
export type PreviewInput = z.infer<typeof ZPreviewInput>;
