import { z } from "zod";

/** The largest annotation file an import takes, as JSON text. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const ZImportAnnotationsInput = z.object({
  articleId: z.string().min(1).max(64),
  /** The parsed JSON of a W3C annotation file; ./parse-collection.ts says what it may be. */
  collection: z
    .unknown()
    .refine((value) => value !== undefined, { message: "Choose a W3C annotations file." }),
});

export type ImportAnnotationsInput = z.infer<typeof ZImportAnnotationsInput>;

/** An annotation that could not be placed on the article, with its quote (if it had one) and why. */
export type UnanchoredAnnotation = { name: string; quote: string | null; reason: string };

/** What an import did, for the editor to read. */
export type ImportAnnotationsResult = {
  created: number;
  verdictsSet: number;
  evidenceAdded: number;
  sourcesCreated: number;
  sourcesMatched: number;
  /** Every annotation that was not imported, and why: nothing is dropped silently. */
  unanchored: UnanchoredAnnotation[];
  /** Annotations imported with less than they asked for (e.g. a verdict its evidence does not support). */
  notices: string[];
};
