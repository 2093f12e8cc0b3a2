import type { PrismaClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { BackupError } from "./backup-error";
import type { Backup } from "./format";

export type RestoreResult = {
  workspace: { id: string; slug: string; name: string };
  /** Users created, and users already in the database (same id and email) who were given back their membership. */
  users: { created: number; linked: number; withoutPassword: number };
  articles: number;
  claims: number;
  sources: number;
  auditEvents: number;
};

/** Rows per INSERT: keeps each statement's parameters far below PostgreSQL's limit of 65,535. */
const CHUNK = 500;

/** A nullable JSON column: the backup's null is the database's NULL. */
const json = (value: unknown) => (value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue));

/**
 * Writes a parsed backup (see parse-backup.ts) into the database in ONE transaction: all of it,
 * or nothing. Refused, before any write, when the workspace (by slug or id) is already there, or
 * when a user of the backup collides with a different account (same email with another id, or the
 * same id with another email). A user already present with the same id and email is the same
 * account (e.g. restoring into the database the backup came from): it is linked, not created, and
 * keeps its name and password.
 */
export async function restoreBackup({
  prisma,
  backup,
}: {
  prisma: PrismaClient;
  backup: Backup;
}): Promise<RestoreResult> {
  try {
    return await prisma.$transaction((tx) => writeBackup(tx, backup), {
      timeout: 30 * 60_000,
      maxWait: 60_000,
    });
  } catch (error) {
    // A row created meanwhile, or an id already used by another workspace: nothing was written.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new BackupError(
        `Nothing was restored: a row of the backup already exists in this database (${String(error.meta?.target ?? error.message)}).`,
      );
    }
    throw error;
  }
}

async function writeBackup(tx: Prisma.TransactionClient, backup: Backup): Promise<RestoreResult> {
  const linked = await checkTargetIsFree(tx, backup);
  const workspaceId = backup.workspace.id;
  await tx.workspace.create({ data: backup.workspace });

  const created = backup.users.filter((user) => !linked.has(user.id));
  await insert(created, (rows) =>
    tx.user.createMany({
      data: rows.map(({ membership: _, passwordHash, ...user }) => ({
        ...user,
        passwordHash: passwordHash ?? null,
      })),
    }),
  );
  await insert(
    backup.users.flatMap((user) =>
      user.membership ? [{ ...user.membership, userId: user.id, workspaceId }] : [],
    ),
    (data) => tx.membership.createMany({ data }),
  );

  await insert(
    backup.sources.map(({ snapshots: _, ...source }) => ({ ...source, workspaceId })),
    (data) => tx.source.createMany({ data }),
  );
  await insert(
    backup.sources.flatMap((source) =>
      source.snapshots.map((snapshot) => ({ ...snapshot, sourceId: source.id })),
    ),
    (data) => tx.sourceSnapshot.createMany({ data }),
  );

  await insertArticles(tx, backup, workspaceId);
  await insertClaims(tx, backup, workspaceId);

  // No ids: the sequence numbers them anew, in the backup's order (one statement per chunk keeps it).
  await insert(backup.auditEvents, (rows) =>
    tx.auditEvent.createMany({
      data: rows.map((event) => ({
        ...event,
        workspaceId,
        before: json(event.before),
        after: json(event.after),
      })),
    }),
  );

  const claims = backup.articles.reduce((count, article) => count + article.claims.length, 0);
  return {
    workspace: { id: workspaceId, slug: backup.workspace.slug, name: backup.workspace.name },
    users: {
      created: created.length,
      linked: linked.size,
      withoutPassword: created.filter((user) => !user.passwordHash).length,
    },
    articles: backup.articles.length,
    claims,
    sources: backup.sources.length,
    auditEvents: backup.auditEvents.length,
  };
}

/** Refuses a restore that would merge into, or collide with, what the database already holds. Returns the linked users. */
async function checkTargetIsFree(tx: Prisma.TransactionClient, backup: Backup): Promise<Set<string>> {
  const { id, slug } = backup.workspace;
  const taken = await tx.workspace.findFirst({ where: { OR: [{ slug }, { id }] }, select: { slug: true } });
  if (taken) {
    throw new BackupError(
      taken.slug === slug
        ? `Nothing was restored: this database already has a workspace "${slug}". Restore into a database without it.`
        : `Nothing was restored: this database already holds this workspace under the slug "${taken.slug}".`,
    );
  }
  const ids = backup.users.map((user) => user.id);
  const emails = backup.users.map((user) => user.email);
  const existing = await tx.user.findMany({
    where: { OR: [{ id: { in: ids } }, { email: { in: emails } }] },
    select: { id: true, email: true },
  });
  const byId = new Map(backup.users.map((user) => [user.id, user.email]));
  const clashes = existing.filter((user) => byId.get(user.id) !== user.email);
  if (clashes.length > 0) {
    const list = clashes
      .slice(0, 5)
      .map((user) => user.email)
      .join(", ");
    throw new BackupError(
      `Nothing was restored: ${list} already ${clashes.length === 1 ? "has an account" : "have accounts"} in this database that ${clashes.length === 1 ? "is" : "are"} not the backup's. Restore into a database without ${clashes.length === 1 ? "it" : "them"}.`,
    );
  }
  return new Set(existing.map((user) => user.id));
}

/** Articles point at their current and approved versions, which point back: insert, then set the pointers. */
async function insertArticles(tx: Prisma.TransactionClient, backup: Backup, workspaceId: string) {
  await insert(backup.articles, (rows) =>
    tx.article.createMany({
      data: rows.map(
        ({ versions: _v, claims: _c, currentVersionId: _cur, approvedVersionId: _app, ...article }) => ({
          ...article,
          workspaceId,
        }),
      ),
    }),
  );
  const versions = backup.articles.flatMap((article) =>
    article.versions.map(({ suggestions: _, ...version }) => ({
      ...version,
      articleId: article.id,
      document: version.document as Prisma.InputJsonValue,
    })),
  );
  await insert(versions, (data) => tx.articleVersion.createMany({ data }));
  const suggestions = backup.articles.flatMap((article) =>
    article.versions.flatMap((version) =>
      version.suggestions.map((suggestion) => ({
        ...suggestion,
        versionId: version.id,
        normalizedValue: json(suggestion.normalizedValue),
      })),
    ),
  );
  await insert(suggestions, (data) => tx.suggestion.createMany({ data }));
  for (const article of backup.articles) {
    if (!article.currentVersionId && !article.approvedVersionId) continue;
    await tx.article.update({
      where: { id: article.id },
      // updatedAt given explicitly, or Prisma would stamp it with now.
      data: {
        currentVersionId: article.currentVersionId,
        approvedVersionId: article.approvedVersionId,
        updatedAt: article.updatedAt,
      },
    });
  }
}

async function insertClaims(tx: Prisma.TransactionClient, backup: Backup, workspaceId: string) {
  const claims = backup.articles.flatMap((article) =>
    article.claims.map((claim) => ({ ...claim, articleId: article.id })),
  );
  await insert(claims, (rows) =>
    tx.claim.createMany({
      data: rows.map(({ anchors: _a, decisions: _d, evidence: _e, comments: _c, ...claim }) => ({
        ...claim,
        workspaceId,
        normalizedValue: json(claim.normalizedValue),
      })),
    }),
  );
  const each = <T>(pick: (claim: (typeof claims)[number]) => T[]) =>
    claims.flatMap((claim) => pick(claim).map((row) => ({ ...row, claimId: claim.id })));
  await insert(
    each((claim) => claim.anchors),
    (data) => tx.claimAnchor.createMany({ data }),
  );
  await insert(
    each((claim) => claim.decisions),
    (data) => tx.verdictDecision.createMany({ data }),
  );
  await insert(
    each((claim) => claim.evidence),
    (data) => tx.evidence.createMany({ data }),
  );
  const comments = each((claim) => claim.comments);
  await insert(
    comments.map(({ mentions: _, ...comment }) => comment),
    (data) => tx.comment.createMany({ data }),
  );
  await insert(
    comments.flatMap((comment) => comment.mentions.map((mention) => ({ ...mention, commentId: comment.id }))),
    (data) => tx.mention.createMany({ data }),
  );
}

/** Inserts in chunks, one after another (so the audit log keeps its order). */
async function insert<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let index = 0; index < rows.length; index += CHUNK) await write(rows.slice(index, index + CHUNK));
}
