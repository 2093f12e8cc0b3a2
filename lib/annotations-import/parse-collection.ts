import { z } from "zod";
import { AppError } from "@/lib/errors";
import { isObject, typesOf } from "./json-values";

/** The most annotations one import takes (a 5 MB file holds a few thousand at most). */
export const MAX_ANNOTATIONS = 5000;

const ZTypes = z.union([z.string(), z.array(z.string())]);
const ZOneOrMany = z.union([z.array(z.unknown()), z.unknown()]);

/**
 * An Annotation as far as the import relies on it: its type and at least one target. Everything
 * else (bodies, selectors …) is read leniently by ./read-annotation.ts, since tools differ there.
 */
export const ZAnnotation = z.looseObject({
  type: z
    .union([z.string(), z.array(z.string())], { message: "it has no type" })
    .refine((type) => typesOf(type).includes("Annotation"), { message: "its type is not Annotation" }),
  id: z.string().optional(),
  motivation: ZTypes.optional(),
  body: ZOneOrMany.optional(),
  bodyValue: z.string({ message: "its bodyValue is not text" }).optional(),
  target: z
    .unknown()
    .refine((target) => target !== undefined && target !== null, { message: "it has no target" }),
});
export type W3cAnnotation = z.infer<typeof ZAnnotation>;

const ZPage = z.looseObject({ type: ZTypes, items: z.array(z.unknown()), next: z.unknown().optional() });

/**
 * The annotations of what was uploaded: an AnnotationCollection with its pages embedded, an
 * AnnotationPage, a list of Annotations or a single one. Refuses (INVALID_INPUT, saying what is
 * wrong and where) anything else, so that nothing is imported from a file that is not what it
 * seems to be.
 */
export function parseCollection(input: unknown): W3cAnnotation[] {
  const items = annotationItems(input);
  if (items.length === 0) throw invalid("The file holds no annotations.");
  if (items.length > MAX_ANNOTATIONS) {
    throw new AppError(
      "TOO_LARGE",
      `The file holds ${items.length.toLocaleString("en")} annotations; import at most ${MAX_ANNOTATIONS.toLocaleString("en")} at a time.`,
    );
  }
  return items.map((item, index) => {
    const parsed = ZAnnotation.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const what =
        issue?.code === "invalid_type" && issue.path.length === 0 ? "it is not an object" : issue?.message;
      throw invalid(`Annotation ${index + 1} of ${items.length} is not a W3C Web Annotation: ${what}.`);
    }
    return parsed.data;
  });
}

function annotationItems(input: unknown): unknown[] {
  if (Array.isArray(input)) return input;
  if (!isObject(input)) throw notW3c();
  const types = typesOf(input.type);
  if (types.includes("Annotation")) return [input];
  if (types.includes("AnnotationPage")) return pageItems(input);
  if (types.includes("AnnotationCollection")) {
    if (input.total === 0 && input.first === undefined) return [];
    if (!isObject(input.first)) {
      throw invalid(
        "The collection only links to its pages of annotations instead of including them. Export it with its annotations embedded.",
      );
    }
    return pageItems(input.first);
  }
  throw notW3c();
}

function pageItems(page: unknown): unknown[] {
  const parsed = ZPage.safeParse(page);
  if (!parsed.success || !typesOf(parsed.data.type).includes("AnnotationPage")) {
    throw invalid("The collection's page of annotations has no list of items.");
  }
  if (parsed.data.next !== undefined) {
    throw invalid("The collection is split over several pages; Factdesk imports a collection in one page.");
  }
  return parsed.data.items;
}

function notW3c(): AppError {
  return invalid(
    "This is not W3C Web Annotation data: expected an AnnotationCollection, an AnnotationPage, an Annotation or a list of Annotations.",
  );
}

function invalid(message: string): AppError {
  return new AppError("INVALID_INPUT", message);
}
