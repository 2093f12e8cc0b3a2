import { Prisma } from "@/lib/generated/prisma/client";
import { insertSource } from "@/lib/sources/create-source";
import { ZSourceFields } from "@/lib/sources/schemas";
import type { DraftEvidence } from "./read-annotation";

export type SourceMatch = { id: string; title: string; isNew: boolean };

/** The library entry a piece of evidence names: by address, or by title for a source without one. */
export function sourceKey(evidence: Pick<DraftEvidence, "url" | "title" | "publisher">): string {
  return evidence.url ? `url ${evidence.url}` : `title ${evidence.title}\u0000${evidence.publisher ?? ""}`;
}

/**
 * Inside the import's transaction: every source the evidence names, matched to the workspace's
 * library (by address; a source without one by title and publisher) and share-locked, as
 * evidence.attach does, or added to the library (audited as source.created). Addresses and
 * titles are normalized as the source form does first, so the same page matches however written.
 */
export async function resolveSources(
  tx: Prisma.TransactionClient,
  options: { workspaceId: string; actorId: string; evidence: DraftEvidence[] },
): Promise<{ normalized: Map<DraftEvidence, DraftEvidence>; sources: Map<string, SourceMatch> }> {
  const { workspaceId, actorId } = options;
  const normalized = new Map(options.evidence.map((item) => [item, normalizeEvidence(item)] as const));
  const wanted = new Map([...normalized.values()].map((item) => [sourceKey(item), item] as const));
  const urls = [...wanted.values()].flatMap((item) => (item.url ? [item.url] : []));
  const titles = [...wanted.values()].flatMap((item) => (item.url ? [] : [item.title]));
  const existing =
    wanted.size === 0
      ? []
      : await tx.source.findMany({
          where: { workspaceId, OR: [{ url: { in: urls } }, { url: null, title: { in: titles } }] },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { id: true, url: true, title: true, publisher: true },
        });
  const sources = new Map<string, SourceMatch>();
  for (const source of existing) {
    const key = sourceKey(source);
    if (wanted.has(key) && !sources.has(key))
      sources.set(key, { id: source.id, title: source.title, isNew: false });
  }
  const matchedIds = [...sources.values()].map((source) => source.id);
  if (matchedIds.length > 0) {
    // No one deletes a matched source before the evidence citing it is written.
    await tx.$queryRaw`SELECT "id" FROM "Source" WHERE "id" IN (${Prisma.join(matchedIds)}) FOR SHARE`;
  }
  for (const [key, item] of wanted) {
    if (sources.has(key)) continue;
    const fields = ZSourceFields.parse({
      url: item.url,
      title: item.title,
      publisher: item.publisher,
      type: "OTHER",
    });
    const created = await insertSource(tx, { workspaceId, actorId, fields });
    sources.set(key, { id: created.id, title: created.title, isNew: true });
  }
  return { normalized, sources };
}

/** The evidence's source fields as the library stores them: a valid address (or none), trimmed text. */
function normalizeEvidence(item: DraftEvidence): DraftEvidence {
  const url = ZSourceFields.shape.url.safeParse(item.url);
  const publisher = item.publisher?.trim().slice(0, 200) || null;
  return {
    ...item,
    url: url.success ? url.data : null,
    title: item.title.trim().slice(0, 300) || "Untitled source",
    publisher,
  };
}
