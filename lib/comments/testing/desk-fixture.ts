import { randomUUID } from "node:crypto";
import { createArticle } from "@/lib/articles/create-article";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PrismaClient } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

const TEXT = "The ministry said 14 soldiers were wounded on Friday near the border.";
const QUOTE = "14 soldiers were wounded";

/** A fresh workspace for discussion, assignment and queue tests: add members, articles and claims to it. */
export async function createDesk(prisma: PrismaClient, label = "Desk") {
  const suffix = randomUUID().slice(0, 8);
  const workspace = await prisma.workspace.create({
    data: { slug: `desk-${suffix}`, name: `${label} ${suffix}` },
    select: { id: true, slug: true, name: true },
  });

  /** A member of the desk as the session would describe them. */
  async function addMember(role: Role, name: string): Promise<SessionUser> {
    const user = await prisma.user.create({
      data: {
        email: `${name.toLowerCase().replace(/\W+/g, "-")}-${randomUUID().slice(0, 8)}@desk.example`,
        name,
        memberships: { create: { workspaceId: workspace.id, role } },
      },
      select: { id: true, email: true, name: true },
    });
    return { ...user, workspace, role };
  }

  /** An article with `claimCount` claims on the same sentence, created by `creator`. */
  async function addArticle(creator: SessionUser, title: string, claimCount = 1) {
    const article = await createArticle({
      prisma,
      workspaceId: workspace.id,
      createdById: creator.id,
      title,
      paragraphs: [TEXT],
      origin: "PASTE",
    });
    const start = TEXT.indexOf(QUOTE);
    const claims = [];
    for (let index = 0; index < claimCount; index += 1) {
      claims.push(
        await prisma.claim.create({
          data: {
            workspaceId: workspace.id,
            articleId: article.id,
            originVersionId: article.versionId,
            versionId: article.versionId,
            kind: "CASUALTY_FIGURE",
            quoteExact: QUOTE,
            quotePrefix: TEXT.slice(0, start),
            quoteSuffix: TEXT.slice(start + QUOTE.length),
            positionStart: start,
            positionEnd: start + QUOTE.length,
            createdById: creator.id,
          },
          select: { id: true, articleId: true, revision: true },
        }),
      );
    }
    return { id: article.id, versionId: article.versionId, claims };
  }

  return { workspace, addMember, addArticle };
}
