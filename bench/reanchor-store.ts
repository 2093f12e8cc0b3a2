/**
 * Storing a new version's re-anchoring: 1,000 claims of a 10,000-word
 * article moved into version 2 inside its transaction (embedded database),
 * beside the in-memory re-anchoring of the same claims as the baseline.
 * Median of 3; each run on a fresh article.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { reanchorAll } from "@/lib/anchoring/reanchor";
import { describeQuote } from "@/lib/anchoring/selectors";
import { createArticle } from "@/lib/articles/create-article";
import { documentFromParagraphs } from "@/lib/articles/document";
import { documentJson } from "@/lib/articles/version-content";
import { reanchorClaims } from "@/lib/claims/reanchor-claims";
import { createPrismaClient, type PrismaClient } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare";
import { DEMO } from "@/prisma/demo-account";

const paragraphs = Array.from({ length: 200 }, (_, p) =>
  Array.from({ length: 50 }, (_, w) => `w${p}x${w}`).join(" "),
);
const text = paragraphs.join("\n\n");
const revised = ["An editor's note opens the new version.", ...paragraphs];
const anchors = Array.from({ length: 1000 }, (_, i) => {
  const start = text.indexOf(`w${i % 200}x${i % 49} `);
  return describeQuote(text, start, start + 12);
});

async function runOnce(prisma: PrismaClient, workspaceId: string, userId: string): Promise<number> {
  const article = await createArticle({
    prisma,
    workspaceId,
    createdById: userId,
    title: "bench",
    paragraphs,
    origin: "PASTE",
  });
  await prisma.claim.createMany({
    data: anchors.map((quote) => ({
      workspaceId,
      articleId: article.id,
      originVersionId: article.versionId,
      versionId: article.versionId,
      kind: "OTHER" as const,
      quoteExact: quote.exact,
      quotePrefix: quote.prefix,
      quoteSuffix: quote.suffix,
      positionStart: quote.start,
      positionEnd: quote.end,
      createdById: userId,
    })),
  });
  const plainText = revised.join("\n\n");
  const started = performance.now();
  const summary = await prisma.$transaction(async (tx) => {
    const version = await tx.articleVersion.create({
      data: {
        articleId: article.id,
        number: 2,
        title: "bench",
        plainText,
        document: documentJson(documentFromParagraphs(revised)),
        contentHash: "bench",
        origin: "PASTE",
        createdById: userId,
      },
    });
    return reanchorClaims(tx, { articleId: article.id, versionId: version.id, plainText });
  });
  if (summary.anchored !== anchors.length) throw new Error(`only ${summary.anchored} claims re-anchored`);
  return performance.now() - started;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-bench-reanchor-"));
  await prepareDatabase({ target: { kind: "embedded", dataDir }, seed: true });
  const { prisma, embedded } = createPrismaClient({ kind: "embedded", dataDir });
  try {
    const workspace = await prisma.workspace.findUniqueOrThrow({ where: { slug: DEMO.workspace.slug } });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: DEMO.email } });
    const memory: number[] = [];
    const stored: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      reanchorAll(revised.join("\n\n"), anchors);
      memory.push(performance.now() - started);
      stored.push(await runOnce(prisma, workspace.id, user.id));
    }
    console.log("re-anchoring 1,000 claims into a new version, embedded database, median of 3");
    console.log(`  in memory only (baseline)               ${median(memory).toFixed(0)} ms`);
    console.log(
      `  stored in the version's transaction     ${median(stored).toFixed(0)} ms (${(median(stored) / median(memory)).toFixed(1)}× baseline)`,
    );
  } finally {
    await prisma.$disconnect();
    await embedded?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
