import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createArticle } from "@/lib/articles/create-article";
import { parseWireArticle } from "@/lib/articles/wire-format";
import { hashPassword } from "@/lib/auth/password";
import { getPrisma, type PrismaClient } from "@/lib/db";
import { DEMO } from "./demo-account";

const SAMPLE_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "seed-data/kursk-casualties.txt");

export type SeedResult = { workspaceId: string; userId: string; articleId: string; created: boolean };

/**
 * Creates the demo workspace, the demo editor and the sample article.
 * Idempotent: running it again changes nothing (a changed demo password is kept).
 */
export async function runSeed(options: { prisma?: PrismaClient } = {}): Promise<SeedResult> {
  const prisma = options.prisma ?? getPrisma();
  const workspace = await prisma.workspace.upsert({
    where: { slug: DEMO.workspace.slug },
    create: DEMO.workspace,
    update: {},
    select: { id: true },
  });
  const existingUser = await prisma.user.findUnique({ where: { email: DEMO.email }, select: { id: true } });
  const user =
    existingUser ??
    (await prisma.user.create({
      data: { email: DEMO.email, name: DEMO.name, passwordHash: await hashPassword(DEMO.password) },
      select: { id: true },
    }));
  await prisma.membership.upsert({
    where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
    create: { workspaceId: workspace.id, userId: user.id, role: "OWNER" },
    update: {},
  });
  const wire = parseWireArticle(fs.readFileSync(SAMPLE_FILE, "utf8"));
  const existingArticle = await prisma.article.findFirst({
    where: { workspaceId: workspace.id, title: wire.title },
    select: { id: true },
  });
  if (existingArticle) {
    return { workspaceId: workspace.id, userId: user.id, articleId: existingArticle.id, created: false };
  }
  const article = await createArticle({
    prisma,
    workspaceId: workspace.id,
    createdById: user.id,
    title: wire.title,
    paragraphs: wire.paragraphs,
    origin: "SEED",
    outlet: "Wire",
    publishedAt: wire.publishedAt,
    sourceUpdatedAt: wire.updatedAt,
    language: "en",
  });
  return { workspaceId: workspace.id, userId: user.id, articleId: article.id, created: true };
}
