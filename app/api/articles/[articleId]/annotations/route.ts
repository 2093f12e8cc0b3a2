import { importAnnotations } from "@/lib/annotations-import/import-annotations";
import { MAX_IMPORT_BYTES } from "@/lib/annotations-import/schemas";
import { respondWithAction } from "@/lib/http/action-route";

type Context = { params: Promise<{ articleId: string }> };

/**
 * POST a W3C annotation file as the JSON body (an AnnotationCollection, an AnnotationPage, a list
 * of Annotations or one Annotation) → what was imported: { created, verdictsSet, evidenceAdded,
 * sourcesCreated, sourcesMatched, unanchored: [{ name, quote, reason }], notices }.
 * 413 over 5 MB, 422 when the body is not JSON or not W3C annotations, 404 for an article
 * outside the workspace, 409 when the article is approved.
 */
export async function POST(request: Request, { params }: Context) {
  const text = await readLimited(request);
  if (text === null) {
    return Response.json({ error: "The annotations file is larger than 5 MB." }, { status: 413 });
  }
  let collection: unknown;
  try {
    collection = JSON.parse(text);
  } catch {
    return Response.json(
      { error: "The request body is not JSON: send the annotations file as it is." },
      { status: 422 },
    );
  }
  return respondWithAction(importAnnotations, request, { articleId: (await params).articleId, collection });
}

/** The body as text, or null once it passes the limit (read no further than that). */
async function readLimited(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_IMPORT_BYTES) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > MAX_IMPORT_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(read.value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
