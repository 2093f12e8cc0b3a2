/**
 * Full-text search over 10,000 stored articles (~800 words each) on real
 * PostgreSQL, through findArticles, the function the article list calls
 * (search with the GIN index, one page of 25, details and claim counts):
 * rare names, common and very common words, several words, phrases, and
 * search combined with filters. Baselines in the same run: the same list
 * without a search, and a search without the index (ILIKE over the text).
 * Target: search p95 under 100 ms.
 */
import { randomUUID } from "node:crypto";
import { documentFromParagraphs } from "@/lib/articles/document";
import { findArticles } from "@/lib/articles/find-articles";
import { parseArticleListQuery } from "@/lib/articles/list-query";
import { hashPlainText } from "@/lib/articles/version-content";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PrismaClient } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { ENTITIES, makeArticle, vocabularyWord } from "./lib/corpus";
import { benchServerUrl, ms, percentile } from "./lib/stats";

const ARTICLES = 10_000;
const WORDS = 800;
const RUNS_PER_KIND = 40;
const TARGET_P95_MS = 100;
const STATUSES = ["DRAFT", "IN_REVIEW", "READY_FOR_SIGNOFF", "APPROVED"];
const OUTLETS = ["Bench Times", "Riverside Post", "Harbour Times", "Wire"];

async function seed(database: TestDatabase, prisma: PrismaClient): Promise<SessionUser> {
  const workspace = await prisma.workspace.create({ data: { slug: `bench-${randomUUID()}`, name: "Bench" } });
  const user = await prisma.user.create({
    data: {
      email: `bench-${randomUUID()}@bench.example`,
      name: "Bench",
      memberships: { create: { workspaceId: workspace.id, role: "EDITOR" } },
    },
  });
  for (let start = 0; start < ARTICLES; start += 250) {
    const rows = Array.from({ length: Math.min(250, ARTICLES - start) }, (_, offset) => {
      const index = start + offset;
      const article = makeArticle(index, WORDS);
      const plainText = article.paragraphs.join("\n\n");
      return {
        id: randomUUID().replace(/-/g, ""),
        versionId: randomUUID().replace(/-/g, ""),
        title: article.title,
        plainText,
        document: JSON.stringify(documentFromParagraphs(article.paragraphs)),
        hash: hashPlainText(plainText),
        status: STATUSES[index % STATUSES.length],
        outlet: OUTLETS[index % OUTLETS.length],
        publishedAt: new Date(Date.UTC(2025, index % 12, 1 + (index % 28), 8)).toISOString(),
      };
    });
    const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
    // Articles, then versions, then the pointer to the current version, which fires the search trigger.
    await database.query(
      `INSERT INTO "Article" ("id", "workspaceId", "title", "outlet", "status", "publishedAt", "createdById", "updatedAt")
       SELECT id, $1, title, outlet, status::"ReviewStatus", published::timestamp, $2, now()
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS t(id, title, outlet, status, published)`,
      [
        workspace.id,
        user.id,
        column("id"),
        column("title"),
        column("outlet"),
        column("status"),
        column("publishedAt"),
      ],
    );
    await database.query(
      `INSERT INTO "ArticleVersion" ("id", "articleId", "number", "title", "plainText", "document", "contentHash", "origin", "createdById")
       SELECT vid, aid, 1, title, body, doc::jsonb, hash, 'URL', $1
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS t(vid, aid, title, body, doc, hash)`,
      [
        user.id,
        column("versionId"),
        column("id"),
        column("title"),
        column("plainText"),
        column("document"),
        column("hash"),
      ],
    );
    await database.query(
      `UPDATE "Article" a SET "currentVersionId" = t.vid FROM unnest($1::text[], $2::text[]) AS t(aid, vid) WHERE a."id" = t.aid`,
      [column("id"), column("versionId")],
    );
  }
  await database.query(`ANALYZE "Article"`);
  await database.query(`ANALYZE "ArticleVersion"`);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: "EDITOR",
    workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name },
  };
}

type Kind = { name: string; params: (run: number) => Record<string, string> };

const KINDS: Kind[] = [
  {
    name: "rare name (5 articles)",
    params: (run) => ({ q: ENTITIES[(run * 37) % ENTITIES.length] as string }),
  },
  { name: "uncommon word (~5% of articles)", params: (run) => ({ q: vocabularyWord(900 + run * 7) }) },
  { name: "common word (~40%)", params: (run) => ({ q: vocabularyWord(90 + run) }) },
  { name: "very common word (~all)", params: (run) => ({ q: vocabularyWord(3 + (run % 10)) }) },
  {
    name: "two words",
    params: (run) => ({ q: `${vocabularyWord(40 + run)} ${vocabularyWord(700 + run * 3)}` }),
  },
  {
    name: "quoted phrase",
    params: (run) => ({
      q: `"${makeArticle(run * 13, 60)
        .paragraphs[0]?.split(" ")
        .slice(5, 7)
        .join(" ")}"`,
    }),
  },
  {
    name: "word + status + dates, by date",
    params: (run) => ({
      q: vocabularyWord(150 + run),
      status: "IN_REVIEW",
      from: "2025-03-01",
      to: "2025-09-30",
      sort: "published-desc",
    }),
  },
  { name: "word, page 3", params: (run) => ({ q: vocabularyWord(200 + run), page: "3" }) },
];

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function main() {
  const database = await createTestDatabase({ env: { ...process.env, TEST_DATABASE_URL: benchServerUrl() } });
  try {
    const prisma = await database.getPrisma();
    const seededAt = performance.now();
    const user = await seed(database, prisma);
    console.log(
      `full-text search: ${ARTICLES} articles of ~${WORDS} words (seeded in ${((performance.now() - seededAt) / 1000).toFixed(1)} s)`,
    );
    const search = (params: Record<string, string>) =>
      findArticles({ user, prisma, query: parseArticleListQuery(params) });
    for (const kind of KINDS) await search(kind.params(0)); // warm caches and plans
    const all: number[] = [];
    for (const kind of KINDS) {
      const samples: number[] = [];
      let matches = 0;
      for (let run = 0; run < RUNS_PER_KIND; run++) {
        samples.push(await time(async () => (matches += (await search(kind.params(run))).total)));
      }
      all.push(...samples);
      const average = Math.round(matches / RUNS_PER_KIND);
      console.log(
        `  ${kind.name.padEnd(34)} p50 ${ms(percentile(samples, 0.5)).padStart(9)}   p95 ${ms(percentile(samples, 0.95)).padStart(9)}   ~${average} matches`,
      );
    }
    const list: number[] = [];
    for (let run = 0; run < RUNS_PER_KIND; run++)
      list.push(await time(() => search({ page: String(1 + (run % 5)) })));
    const scan: number[] = [];
    for (let run = 0; run < 10; run++) {
      const name = ENTITIES[(run * 37) % ENTITIES.length] as string;
      scan.push(
        await time(() =>
          database.query(
            `SELECT a."id" FROM "Article" a JOIN "ArticleVersion" v ON v."id" = a."currentVersionId"
             WHERE a."workspaceId" = $1 AND (a."title" ILIKE $2 OR v."plainText" ILIKE $2) ORDER BY a."publishedAt" DESC LIMIT 25`,
            [user.workspace.id, `%${name}%`],
          ),
        ),
      );
    }
    const plan = await database.query<{ "QUERY PLAN": string }>(
      `EXPLAIN SELECT "id" FROM "Article" WHERE "searchVector" @@ websearch_to_tsquery('english', $1)`,
      [ENTITIES[0]],
    );
    const p95 = percentile(all, 0.95);
    console.log(
      `  baseline: the list without a search      p50 ${ms(percentile(list, 0.5)).padStart(9)}   p95 ${ms(percentile(list, 0.95)).padStart(9)}`,
    );
    console.log(
      `  baseline: rare name without the index     p50 ${ms(percentile(scan, 0.5)).padStart(9)}   p95 ${ms(percentile(scan, 0.95)).padStart(9)}   (ILIKE over the text)`,
    );
    console.log(
      `  all searches (${all.length}): p50 ${ms(percentile(all, 0.5))}, p95 ${ms(p95)}, max ${ms(Math.max(...all))}`,
    );
    console.log(
      `  index used for a search: ${plan.some((row) => /Article_searchVector_idx/.test(row["QUERY PLAN"])) ? "yes" : "NO"}`,
    );
    console.log(`  target p95 < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? "met" : "NOT met"}`);
  } finally {
    await database.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
