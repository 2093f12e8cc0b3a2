import type { PrismaClient } from "@/lib/db";
import { detectClaims } from "@/lib/detect/detect";
import { AppError } from "@/lib/errors";
import { type ConsistencyWarning, checkConsistency } from "./consistency";
import { findDetectionProgress } from "./detection-progress";
import type { Detector } from "./store-suggestions";
import { CLAIM_KIND_OF } from "./suggestion-rows";
import { filterShown, SUGGESTION_VIEW_SELECT, type SuggestionView } from "./suggestion-view";

/** The suggestions panel of an article: its current version's open suggestions and warnings. */
export type SuggestionList = {
  articleId: string;
  versionId: string;
  versionNumber: number;
  /** Open suggestions, in text order (see filterShown for what is left out). */
  suggestions: SuggestionView[];
  warnings: ConsistencyWarning[];
  /** The queue has yet to detect this version's suggestions: show "finding suggestions…" and ask again. */
  isDetecting: boolean;
};

/**
 * Reads the current version's open suggestions and the article's consistency warnings (from all of
 * the version's suggestions, and the detector run on the title), for an article of the workspace.
 */
export async function listSuggestions(options: {
  prisma: PrismaClient;
  workspaceId: string;
  articleId: string;
  detect?: Detector;
}): Promise<SuggestionList> {
  const { prisma, workspaceId, articleId, detect = detectClaims } = options;
  const article = await prisma.article.findFirst({
    where: { id: articleId, workspaceId },
    select: {
      publishedAt: true,
      currentVersion: { select: { id: true, number: true, title: true, plainText: true, publishedAt: true } },
    },
  });
  const version = article?.currentVersion;
  if (!version) throw new AppError("NOT_FOUND", "That article was not found in this workspace.");
  const [suggestions, claims, progress] = await Promise.all([
    prisma.suggestion.findMany({
      where: { versionId: version.id },
      orderBy: [{ start: "asc" }, { end: "asc" }],
      select: { ...SUGGESTION_VIEW_SELECT, status: true },
    }),
    prisma.claim.findMany({
      where: { articleId, versionId: version.id, anchorStatus: "ANCHORED" },
      select: { kind: true, positionStart: true, positionEnd: true },
    }),
    findDetectionProgress(prisma, workspaceId, [articleId]),
  ]);
  const publishedAt = version.publishedAt ?? article.publishedAt;
  const titleItems = detect(version.title, publishedAt ? { publishedAt } : {}).map((detection) => ({
    ...detection,
    kind: CLAIM_KIND_OF[detection.kind],
    normalizedValue: detection.normalized,
  }));
  return {
    articleId,
    versionId: version.id,
    versionNumber: version.number,
    suggestions: filterShown(suggestions, claims).map(({ status: _status, ...view }) => view),
    warnings: checkConsistency({
      text: version.plainText,
      title: version.title,
      publishedAt,
      items: suggestions,
      titleItems,
    }),
    isDetecting: progress.articles.some((entry) => entry.versionIds.includes(version.id)),
  };
}
