import fs from "node:fs";
import path from "node:path";
import { describeQuote } from "@/lib/anchoring/selectors";
import { createArticle } from "@/lib/articles/create-article";
import { parseWireArticle } from "@/lib/articles/wire-format";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db";
import { parsePostgresUrl } from "@/lib/db/target";
import type { SourceType } from "@/lib/generated/prisma/enums";

const SAMPLE = path.resolve(import.meta.dirname, "../../prisma/seed-data/kursk-casualties.txt");
const SOURCES: Array<{ title: string; type: SourceType }> = [
  { title: "Ministry of Defence briefing", type: "GOVERNMENT" },
  { title: "General Staff statement", type: "MILITARY" },
  { title: "KCNA dispatch", type: "STATE_MEDIA" },
  { title: "Reuters wire", type: "WIRE_AGENCY" },
  { title: "AP wire", type: "WIRE_AGENCY" },
  { title: "Regional newspaper report", type: "NEWS_OUTLET" },
  { title: "ICRC update", type: "NGO" },
  { title: "Think-tank analysis", type: "ACADEMIC" },
];

export type SeededClaim = { id: string; revision: number; hasSupport: boolean };

export type ReviewSeed = {
  articleId: string;
  claims: SeededClaim[];
  sourceIds: string[];
  editors: Array<{ email: string; password: string }>;
};

/**
 * A newsroom under review: `editors` editor accounts (one password, hashed once), the sample
 * article in review with `claims` claims spread over its text, and a few sources; every other
 * claim already has supporting evidence, so "verified" can be set on it without breaking a rule.
 */
export async function seedReviewWorkspace(options: {
  databaseUrl: string;
  editors: number;
  claims: number;
}): Promise<ReviewSeed> {
  const { prisma } = createPrismaClient({
    kind: "postgres",
    url: options.databaseUrl,
    config: parsePostgresUrl(options.databaseUrl, "bench database"),
  });
  try {
    const password = "bench-editor-password";
    const passwordHash = await hashPassword(password);
    const workspace = await prisma.workspace.create({ data: { slug: "bench-desk", name: "Bench Desk" } });
    const editors = Array.from({ length: options.editors }, (_, index) => ({
      email: `editor-${String(index + 1).padStart(2, "0")}@bench.example`,
      password,
    }));
    await prisma.user.createMany({
      data: editors.map(({ email }, index) => ({ email, name: `Editor ${index + 1}`, passwordHash })),
    });
    const users = await prisma.user.findMany({ orderBy: { email: "asc" }, select: { id: true } });
    await prisma.membership.createMany({
      data: users.map((user) => ({ workspaceId: workspace.id, userId: user.id, role: "EDITOR" as const })),
    });
    const creatorId = users[0]?.id as string;
    const wire = parseWireArticle(fs.readFileSync(SAMPLE, "utf8"));
    const article = await createArticle({
      prisma,
      workspaceId: workspace.id,
      createdById: creatorId,
      title: wire.title,
      paragraphs: wire.paragraphs,
      origin: "SEED",
    });
    await prisma.article.update({ where: { id: article.id }, data: { status: "IN_REVIEW" } });
    const { plainText } = await prisma.articleVersion.findUniqueOrThrow({
      where: { id: article.versionId },
      select: { plainText: true },
    });
    const spans = pickSpans(plainText, options.claims);
    await prisma.claim.createMany({
      data: spans.map(({ start, end }, index) => {
        const quote = describeQuote(plainText, start, end);
        return {
          workspaceId: workspace.id,
          articleId: article.id,
          originVersionId: article.versionId,
          versionId: article.versionId,
          kind: "OTHER" as const,
          quoteExact: quote.exact,
          quotePrefix: quote.prefix,
          quoteSuffix: quote.suffix,
          positionStart: start,
          positionEnd: end,
          createdById: creatorId,
          assigneeId: users[index % users.length]?.id ?? null,
        };
      }),
    });
    await prisma.source.createMany({
      data: SOURCES.map((source) => ({ ...source, workspaceId: workspace.id, createdById: creatorId })),
    });
    const sources = await prisma.source.findMany({ orderBy: { title: "asc" }, select: { id: true } });
    const claims = await prisma.claim.findMany({
      orderBy: { positionStart: "asc" },
      select: { id: true, revision: true },
    });
    const supported = claims.filter((_, index) => index % 2 === 0);
    await prisma.evidence.createMany({
      data: supported.map((claim) => ({
        claimId: claim.id,
        sourceId: sources[0]?.id as string,
        stance: "SUPPORTS" as const,
        excerpt: "Seeded supporting excerpt.",
        createdById: creatorId,
      })),
    });
    return {
      articleId: article.id,
      claims: claims.map((claim, index) => ({ ...claim, hasSupport: index % 2 === 0 })),
      sourceIds: sources.map((source) => source.id),
      editors,
    };
  } finally {
    await prisma.$disconnect();
  }
}

/** `count` three-word spans spread evenly over the text, never overlapping. */
function pickSpans(text: string, count: number): Array<{ start: number; end: number }> {
  const words = [...text.matchAll(/\S+/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const step = Math.floor(words.length / count);
  if (step < 3) throw new Error(`The sample article is too short for ${count} claims.`);
  return Array.from({ length: count }, (_, index) => {
    const first = words[index * step];
    const last = words[index * step + 2];
    if (!first || !last) throw new Error("The sample article is shorter than expected.");
    return { start: first.start, end: last.end };
  });
}
