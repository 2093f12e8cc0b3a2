import { exportFilename } from "./filename";
import type { ExportContext, RenderedExport } from "./formats";
import { textOffsets } from "./text-offsets";
import { type AnnotationScope, claimAnnotation, type W3cNode } from "./w3c-annotation";
import { ANNO_CONTEXT, W3C_CONTENT_TYPE, w3cDateTime } from "./w3c-terms";

/**
 * The article's claims as a W3C Web Annotation AnnotationCollection (Web Annotation Data Model,
 * section 5): the collection's id is the export's own address, and its one AnnotationPage is
 * embedded as `first` (and named again as `last`), so one download holds every annotation.
 * Embedded annotations inherit the collection's @context, as the model's page examples show.
 *
 * Only anchored claims are annotations: an orphaned claim's words are not in the exported
 * version, so no selector could point at them; the label says how many were left out.
 */
export function buildAnnotationCollection(context: ExportContext): W3cNode {
  const { data, appUrl } = context;
  const id = `${appUrl}/api/articles/${encodeURIComponent(data.article.id)}/export?format=w3c`;
  const scope: AnnotationScope = {
    context,
    offsets: textOffsets(data.version.plainText),
    targetSource: articleAddress(context),
    // The version is named by the moment its text came in (a TimeState's sourceDate), and `cached`
    // is where Factdesk shows exactly that text: the selectors count characters of that copy.
    state: {
      type: "TimeState",
      sourceDate: w3cDateTime(data.version.createdAt),
      cached: `${appUrl}/articles/${encodeURIComponent(data.article.id)}?version=${data.version.number}`,
    },
    generator: { type: "Software", name: "Factdesk", homepage: appUrl },
    generated: w3cDateTime(data.generatedAt),
  };
  const anchored = data.claims.filter((claim) => claim.anchorStatus === "ANCHORED");
  const items = anchored.map((claim) => claimAnnotation(scope, claim));
  const collection: W3cNode = {
    "@context": ANNO_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: collectionLabel(context, data.claims.length - anchored.length),
    total: items.length,
  };
  if (items.length > 0) {
    const pageId = `${id}#page-1`;
    collection.first = { id: pageId, type: "AnnotationPage", partOf: id, startIndex: 0, items };
    collection.last = pageId;
  }
  return collection;
}

/** The collection served as JSON-LD with the anno.jsonld profile. */
export function renderW3c(context: ExportContext): RenderedExport {
  return {
    body: JSON.stringify(buildAnnotationCollection(context), null, 2),
    contentType: W3C_CONTENT_TYPE,
    filename: exportFilename(context.data.article.title, "annotations.jsonld"),
  };
}

function collectionLabel(context: ExportContext, orphaned: number): string {
  const { article, version } = context.data;
  const left =
    orphaned === 0
      ? ""
      : `; ${orphaned} ${orphaned === 1 ? "claim whose words are" : "claims whose words are"} not in this version ${orphaned === 1 ? "is" : "are"} left out`;
  return `Claims checked in “${article.title}” (version ${version.number}), from Factdesk${left}`;
}

/** The article's own web address when it has a valid one, else its page in Factdesk. */
function articleAddress({ data, appUrl }: ExportContext): string {
  if (data.article.url) {
    try {
      const url = new URL(data.article.url);
      if (url.protocol === "https:" || url.protocol === "http:") return url.href;
    } catch {
      // An address that does not parse is no IRI: fall back to Factdesk's.
    }
  }
  return `${appUrl}/articles/${encodeURIComponent(data.article.id)}`;
}
