/**
 * Exports of an article with 1,000 claims, on real PostgreSQL (BENCH_DATABASE_URL, default the
 * local server; a throwaway database is created and dropped): the sample article's paragraphs
 * repeated to ~60,000 characters, 1,000 reviewed claims with rationales, 1–2 sources each as
 * evidence (20 sources with snapshots). For each format it prints the median time to load the rows
 * and render (what the export endpoint does), the render alone, and, as the baseline measured in
 * the same run, the time to load the same rows (loadArticleExport). Targets (issue 8): HTML
 * ≤ 300 ms, W3C/ClaimReview/CSV ≤ 200 ms, PDF ≤ 5 s.
 */
import fs from "node:fs";
import path from "node:path";
import { describeQuote } from "@/lib/anchoring/selectors";
import { createArticle } from "@/lib/articles/create-article";
import { parseWireArticle } from "@/lib/articles/wire-format";
import { createPrismaClient, type PrismaClient } from "@/lib/db";
import { parsePostgresUrl } from "@/lib/db/target";
import { loadArticleExport } from "@/lib/exports/article-export";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/exports/formats";
import { renderExport } from "@/lib/exports/render-export";
import { createBenchDatabase } from "./lib/bench-database";
import { percentile } from "./lib/stats";

const CLAIMS = 1000;
const SOURCES = 20;
const TARGET_MS: Record<ExportFormat, number> = {
  html: 300,
  pdf: 5000,
  md: 300,
  csv: 200,
  w3c: 200,
  claimreview: 200,
};
const RUNS: Record<ExportFormat, number> = { html: 7, pdf: 3, md: 7, csv: 7, w3c: 7, claimreview: 7 };
const APP_URL = "https://factdesk.example";

async function seed(prisma: PrismaClient) {
  const workspace = await prisma.workspace.create({ data: { slug: "bench-exports", name: "Bench Exports" } });
  const user = await prisma.user.create({
    data: {
      email: "exports@bench.example",
      name: "Bench Editor",
      memberships: { create: { workspaceId: workspace.id, role: "EDITOR" } },
    },
  });
  const wire = parseWireArticle(
    fs.readFileSync(path.resolve(import.meta.dirname, "../prisma/seed-data/kursk-casualties.txt"), "utf8"),
  );
  const paragraphs = Array.from({ length: 20 }, () => wire.paragraphs).flat();
  const article = await createArticle({
    prisma,
    workspaceId: workspace.id,
    createdById: user.id,
    title: wire.title,
    paragraphs,
    origin: "SEED",
  });
  const { plainText } = await prisma.articleVersion.findUniqueOrThrow({
    where: { id: article.versionId },
    select: { plainText: true },
  });
  const words = [...plainText.matchAll(/\S+/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const step = Math.floor(words.length / CLAIMS);
  await prisma.claim.createMany({
    data: Array.from({ length: CLAIMS }, (_, index) => {
      const first = words[index * step] as { start: number };
      const last = words[index * step + 1] as { end: number };
      const quote = describeQuote(plainText, first.start, last.end);
      return {
        workspaceId: workspace.id,
        articleId: article.id,
        originVersionId: article.versionId,
        versionId: article.versionId,
        kind: index % 3 === 0 ? ("CASUALTY_FIGURE" as const) : ("QUOTE" as const),
        quoteExact: quote.exact,
        quotePrefix: quote.prefix,
        quoteSuffix: quote.suffix,
        positionStart: quote.start,
        positionEnd: quote.end,
        verdict: "VERIFIED" as const,
        createdById: user.id,
      };
    }),
  });
  const claims = await prisma.claim.findMany({ where: { articleId: article.id }, select: { id: true } });
  await prisma.verdictDecision.createMany({
    data: claims.map((claim, index) => ({
      claimId: claim.id,
      verdict: "VERIFIED" as const,
      rationale: `The **ministry's** figure matches the briefing of ${index % 28} Nov; see [the record](https://mod.example/${index}).`,
      asOf: new Date("2025-12-14T00:00:00Z"),
      setById: user.id,
    })),
  });
  await prisma.source.createMany({
    data: Array.from({ length: SOURCES }, (_, index) => ({
      workspaceId: workspace.id,
      title: `Briefing ${index + 1}`,
      url: `https://mod.example/briefings/${index + 1}`,
      publisher: "Ministry of Defence",
      type: "GOVERNMENT" as const,
      reliability: 4,
      createdById: user.id,
    })),
  });
  const sources = await prisma.source.findMany({
    where: { workspaceId: workspace.id },
    select: { id: true },
  });
  await prisma.sourceSnapshot.createMany({
    data: sources.map((source, index) => ({
      sourceId: source.id,
      text: `Snapshot text ${index}`,
      sha256: "a".repeat(64),
      url: `https://mod.example/briefings/${index + 1}`,
    })),
  });
  await prisma.evidence.createMany({
    data: claims.flatMap((claim, index) =>
      [0, 1].slice(0, 1 + (index % 2)).map((offset) => ({
        claimId: claim.id,
        sourceId: (sources[(index + offset) % SOURCES] as { id: string }).id,
        stance: offset === 0 ? ("SUPPORTS" as const) : ("CONTEXT" as const),
        excerpt: "The figure was confirmed at the briefing.",
        accessedAt: new Date("2025-12-15T00:00:00Z"),
        createdById: user.id,
      })),
    ),
  });
  return { workspace, articleId: article.id };
}

async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work(); // warm-up: the first call compiles and fills caches
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return percentile(times, 0.5);
}

async function main() {
  const database = await createBenchDatabase();
  const { prisma } = createPrismaClient({
    kind: "postgres",
    url: database.url,
    config: parsePostgresUrl(database.url, "bench database"),
  });
  try {
    console.log(`database ${database.name}: seeding an article with ${CLAIMS} reviewed claims…`);
    const { workspace, articleId } = await seed(prisma);
    const user = { workspace };
    const load = () => loadArticleExport(prisma, user, articleId);
    const loadMs = await median(7, load);
    const data = await load();
    const context = { data, appUrl: APP_URL, reportUrl: `${APP_URL}/articles/${articleId}/report` };
    console.log(`\nload the rows (baseline): ${loadMs.toFixed(1)} ms for ${data.claims.length} claims\n`);
    console.log(
      `${"format".padEnd(12)} ${"load+render".padStart(12)} ${"render".padStart(9)} ${"× load".padStart(7)} ${"size".padStart(9)}  target`,
    );
    for (const format of EXPORT_FORMATS) {
      const rendered = await renderExport(format, context);
      const renderMs = await median(RUNS[format], () => renderExport(format, context));
      const totalMs = await median(RUNS[format], async () =>
        renderExport(format, { ...context, data: await load() }),
      );
      const size =
        typeof rendered.body === "string" ? Buffer.byteLength(rendered.body) : rendered.body.length;
      const verdict = totalMs <= TARGET_MS[format] ? "met" : "MISSED";
      console.log(
        `${format.padEnd(12)} ${`${totalMs.toFixed(1)} ms`.padStart(12)} ${`${renderMs.toFixed(1)} ms`.padStart(9)} ${`${(totalMs / loadMs).toFixed(1)}×`.padStart(7)} ${`${(size / 1024).toFixed(0)} KB`.padStart(9)}  ≤ ${TARGET_MS[format]} ms: ${verdict}`,
      );
    }
  } finally {
    await prisma.$disconnect();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
