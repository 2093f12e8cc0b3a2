import type { PrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BackupError } from "./backup-error";
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, ZBackup } from "./format";

// Oldest first, with the id to break ties: two backups of the same data list rows in the same order.
const ORDER: { createdAt?: "asc"; id?: "asc" }[] = [{ createdAt: "asc" }, { id: "asc" }];
const USER_FIELDS = { id: true, email: true, name: true, createdAt: true, updatedAt: true } as const;

const CLAIM_SELECT = {
  id: true,
  originVersionId: true,
  versionId: true,
  kind: true,
  note: true,
  normalizedValue: true,
  quoteExact: true,
  quotePrefix: true,
  quoteSuffix: true,
  positionStart: true,
  positionEnd: true,
  anchorStatus: true,
  verdict: true,
  assigneeId: true,
  createdById: true,
  revision: true,
  createdAt: true,
  updatedAt: true,
  anchors: {
    orderBy: ORDER,
    select: {
      id: true,
      versionId: true,
      exact: true,
      prefix: true,
      suffix: true,
      start: true,
      end: true,
      method: true,
      score: true,
      createdAt: true,
    },
  },
  decisions: {
    orderBy: ORDER,
    select: {
      id: true,
      verdict: true,
      rationale: true,
      attempts: true,
      asOf: true,
      setById: true,
      createdAt: true,
    },
  },
  evidence: {
    orderBy: ORDER,
    select: {
      id: true,
      sourceId: true,
      stance: true,
      excerpt: true,
      accessedAt: true,
      createdById: true,
      createdAt: true,
    },
  },
  comments: {
    orderBy: ORDER,
    select: {
      id: true,
      authorId: true,
      body: true,
      createdAt: true,
      editedAt: true,
      mentions: { orderBy: { id: "asc" }, select: { id: true, userId: true, readAt: true } },
    },
  },
} satisfies Prisma.ClaimSelect;

const VERSION_SELECT = {
  id: true,
  number: true,
  title: true,
  plainText: true,
  document: true,
  contentHash: true,
  origin: true,
  publishedAt: true,
  sourceUpdatedAt: true,
  createdById: true,
  createdAt: true,
  suggestions: {
    orderBy: ORDER,
    select: {
      id: true,
      kind: true,
      start: true,
      end: true,
      text: true,
      normalizedValue: true,
      score: true,
      reason: true,
      status: true,
      createdAt: true,
    },
  },
} satisfies Prisma.ArticleVersionSelect;

const ARTICLE_SELECT = {
  id: true,
  title: true,
  outlet: true,
  url: true,
  byline: true,
  language: true,
  publishedAt: true,
  sourceUpdatedAt: true,
  status: true,
  currentVersionId: true,
  approvedVersionId: true,
  assigneeId: true,
  dueAt: true,
  signedOffById: true,
  signedOffAt: true,
  signOffOverride: true,
  createdById: true,
  revision: true,
  createdAt: true,
  updatedAt: true,
  versions: { orderBy: { number: "asc" }, select: VERSION_SELECT },
  claims: { orderBy: ORDER, select: CLAIM_SELECT },
} satisfies Prisma.ArticleSelect;

const SOURCE_SELECT = {
  id: true,
  url: true,
  title: true,
  publisher: true,
  type: true,
  reliability: true,
  notes: true,
  createdById: true,
  revision: true,
  createdAt: true,
  updatedAt: true,
  snapshots: {
    orderBy: [{ fetchedAt: "asc" }, { id: "asc" }],
    select: { id: true, text: true, sha256: true, url: true, contentType: true, fetchedAt: true },
  },
} satisfies Prisma.SourceSelect;

export type CreateBackupOptions = {
  prisma: PrismaClient;
  slug: string;
  /** Include each user's password hash, so they can sign in after a restore with their password. */
  withPasswordHashes?: boolean;
};

/**
 * The whole workspace `slug` as one backup document (see format.ts), read in one
 * repeatable-read transaction so it is a consistent snapshot even while editors work.
 */
export async function createBackup({
  prisma,
  slug,
  withPasswordHashes = false,
}: CreateBackupOptions): Promise<Backup> {
  const read = await prisma.$transaction(
    async (tx) => {
      const workspace = await tx.workspace.findUnique({
        where: { slug },
        select: { id: true, slug: true, name: true, createdAt: true, updatedAt: true },
      });
      if (!workspace) throw new BackupError(`No workspace has the slug "${slug}".`);
      const where = { workspaceId: workspace.id };
      // One after another: a transaction is one connection, which runs one query at a time.
      const memberships = await tx.membership.findMany({
        where,
        select: { id: true, userId: true, role: true, createdAt: true, updatedAt: true },
      });
      const sources = await tx.source.findMany({ where, orderBy: ORDER, select: SOURCE_SELECT });
      const articles = await tx.article.findMany({ where, orderBy: ORDER, select: ARTICLE_SELECT });
      const auditEvents = await tx.auditEvent.findMany({
        where,
        orderBy: { id: "asc" },
        select: {
          actorId: true,
          entityType: true,
          entityId: true,
          articleId: true,
          action: true,
          before: true,
          after: true,
          createdAt: true,
        },
      });
      const userIds = [
        ...new Set([
          ...memberships.map((m) => m.userId),
          ...referencedUserIds({ sources, articles, auditEvents }),
        ]),
      ];
      const users = await tx.user.findMany({
        where: { id: { in: userIds } },
        orderBy: { id: "asc" },
        select: { ...USER_FIELDS, passwordHash: withPasswordHashes },
      });
      return { workspace, memberships, sources, articles, auditEvents, users };
    },
    { isolationLevel: "RepeatableRead", timeout: 10 * 60_000 },
  );
  const membershipOf = new Map(read.memberships.map(({ userId, ...membership }) => [userId, membership]));
  const document = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date(),
    includesPasswordHashes: withPasswordHashes,
    workspace: read.workspace,
    users: read.users.map((user) => ({ ...user, membership: membershipOf.get(user.id) ?? null })),
    sources: read.sources,
    articles: read.articles,
    auditEvents: read.auditEvents,
  };
  // Parsing what was just read proves the file will pass restore's validation.
  return ZBackup.parse(JSON.parse(JSON.stringify(document)));
}

type ReadRows = {
  sources: { createdById: string }[];
  articles: Prisma.ArticleGetPayload<{ select: typeof ARTICLE_SELECT }>[];
  auditEvents: { actorId: string | null }[];
};

/** Every user a row of the workspace points at: former members too, or their history would not restore. */
function referencedUserIds({ sources, articles, auditEvents }: ReadRows): string[] {
  const ids: (string | null)[] = [
    ...sources.map((source) => source.createdById),
    ...auditEvents.map((event) => event.actorId),
  ];
  for (const article of articles) {
    ids.push(article.createdById, article.assigneeId, article.signedOffById);
    ids.push(...article.versions.map((version) => version.createdById));
    for (const claim of article.claims) {
      ids.push(claim.createdById, claim.assigneeId);
      ids.push(...claim.decisions.map((decision) => decision.setById));
      ids.push(...claim.evidence.map((evidence) => evidence.createdById));
      for (const comment of claim.comments) {
        ids.push(comment.authorId, ...comment.mentions.map((mention) => mention.userId));
      }
    }
  }
  return ids.filter((id): id is string => id !== null);
}
