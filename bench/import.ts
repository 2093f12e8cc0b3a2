/**
 * Import throughput on real PostgreSQL: 200 web pages of about 1,000 words
 * each (menus, scripts and event handlers included) read, sanitized and
 * saved through the same functions the browser and the CLI use
 * (convertSource + importArticle: one transaction with the version, the
 * search vector trigger and the audit entry). Baseline in the same run:
 * a bare INSERT of the same article and version rows, nothing else.
 * Target: at least 20 articles per second.
 */
import { randomUUID } from "node:crypto";
import { importArticle } from "@/lib/articles/import-article";
import { documentJson, versionContent } from "@/lib/articles/version-content";
import type { PrismaClient } from "@/lib/db";
import { convertSource } from "@/lib/intake/convert-source";
import type { ArticleDraft } from "@/lib/intake/types";
import { createTestDatabase } from "@/lib/testing/test-database";
import { type BenchArticle, makeArticle } from "./lib/corpus";
import { benchServerUrl, ms, percentile, pool } from "./lib/stats";

const ARTICLES = 200;
const TARGET_PER_SECOND = 20;
const settings = { maxBytes: 5 * 1024 * 1024, fetchTimeoutMs: 10_000, fetchAllowHosts: [] };

type Actor = { workspaceId: string; actorId: string };

async function createActor(prisma: PrismaClient): Promise<Actor> {
  const workspace = await prisma.workspace.create({ data: { slug: `bench-${randomUUID()}`, name: "Bench" } });
  const user = await prisma.user.create({
    data: {
      email: `bench-${randomUUID()}@bench.example`,
      name: "Bench",
      memberships: { create: { workspaceId: workspace.id, role: "EDITOR" } },
    },
  });
  return { workspaceId: workspace.id, actorId: user.id };
}

/** The baseline: the same rows, written with two plain INSERTs and nothing else. */
async function bareInsert(prisma: PrismaClient, actor: Actor, draft: ArticleDraft): Promise<void> {
  const content = versionContent(draft.document);
  const article = await prisma.article.create({
    data: { workspaceId: actor.workspaceId, createdById: actor.actorId, title: draft.metadata.title },
    select: { id: true },
  });
  await prisma.articleVersion.create({
    data: {
      articleId: article.id,
      number: 1,
      title: draft.metadata.title,
      plainText: content.plainText,
      document: documentJson(content.document),
      contentHash: content.contentHash,
      origin: "URL",
      createdById: actor.actorId,
    },
  });
}

async function timeEach<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  const samples: number[] = [];
  const started = performance.now();
  await pool(items, concurrency, async (item) => {
    const at = performance.now();
    await work(item);
    samples.push(performance.now() - at);
  });
  return { seconds: (performance.now() - started) / 1000, samples };
}

function report(name: string, result: { seconds: number; samples: number[] }, baseline?: number): number {
  const perSecond = result.samples.length / result.seconds;
  const versus = baseline ? `  (${(baseline / perSecond).toFixed(1)}× the baseline's time)` : "";
  console.log(
    `  ${name.padEnd(44)} ${perSecond.toFixed(1).padStart(7)} articles/s   p50 ${ms(percentile(result.samples, 0.5))}   p95 ${ms(percentile(result.samples, 0.95))}${versus}`,
  );
  return perSecond;
}

async function main() {
  const database = await createTestDatabase({ env: { ...process.env, TEST_DATABASE_URL: benchServerUrl() } });
  try {
    const prisma = await database.getPrisma();
    const articles: BenchArticle[] = Array.from({ length: ARTICLES }, (_, index) => makeArticle(index));
    const files = articles.map((article, index) => ({
      name: `story-${index}.html`,
      bytes: new TextEncoder().encode(article.html),
    }));
    // Warm up jsdom, the Prisma client and the connection pool (not measured).
    const warm = await createActor(prisma);
    for (const file of files.slice(0, 5)) {
      const draft = await convertSource({ kind: "file", ...file }, settings);
      await importArticle({ prisma, ...warm, draft, target: { kind: "new" } });
    }
    const drafts: ArticleDraft[] = [];
    const reading = await timeEach(files, 1, async (file) => {
      drafts.push(await convertSource({ kind: "file", ...file }, settings));
    });
    const words = Math.round(drafts.reduce((sum, draft) => sum + draft.wordCount, 0) / drafts.length);
    const server = database.url?.replace(/\/\/[^@]*@/, "//").replace(/\/[^/]*$/, "");
    console.log(`import throughput: ${ARTICLES} HTML pages of ~${words} words each, PostgreSQL at ${server}`);
    const baselineActor = await createActor(prisma);
    const bare = await timeEach(drafts, 1, (draft) => bareInsert(prisma, baselineActor, draft));
    const baseline = report("baseline: bare INSERT of the same rows", bare);
    report("read + sanitize only (no database)", reading, baseline);
    const sequentialActor = await createActor(prisma);
    const sequential = await timeEach(files, 1, async (file) => {
      const draft = await convertSource({ kind: "file", ...file }, settings);
      await importArticle({ prisma, ...sequentialActor, draft, target: { kind: "new" } });
    });
    const perSecond = report("import (read, sanitize, save), one at a time", sequential, baseline);
    const concurrentActor = await createActor(prisma);
    const concurrent = await timeEach(files, 4, async (file) => {
      const draft = await convertSource({ kind: "file", ...file }, settings);
      await importArticle({ prisma, ...concurrentActor, draft, target: { kind: "new" } });
    });
    report("import, 4 at a time", concurrent, baseline);
    console.log(
      `  target ≥ ${TARGET_PER_SECOND} articles/s one at a time: ${perSecond >= TARGET_PER_SECOND ? "met" : "NOT met"} (${perSecond.toFixed(1)})`,
    );
  } finally {
    await database.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
