import { z } from "zod";
import {
  AnchorMethod,
  AnchorStatus,
  ClaimKind,
  ReviewStatus,
  Role,
  SourceType,
  Stance,
  SuggestionStatus,
  Verdict,
  VersionOrigin,
} from "@/lib/generated/prisma/enums";

/**
 * The backup file: one JSON document per workspace, written by `npm run backup` and read by
 * `npm run restore`. Ids are kept (so links between rows survive) and dates are ISO 8601
 * strings. Audit events carry no id: ids are one sequence shared by every workspace of a
 * database, so a restore numbers them anew, in the order listed here (the original order).
 * Left out on purpose: pending invitations, share links and API tokens (access grants, to be
 * issued again), sessions, rate-limit counters and the search index (rebuilt by a trigger).
 */
export const BACKUP_FORMAT = "factdesk-backup";
export const BACKUP_VERSION = 1;

const ZId = z.string().min(1).max(200);
const ZDate = z.iso.datetime();
const ZText = z.string();
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

const ZMembership = z.strictObject({ id: ZId, role: z.enum(Role), createdAt: ZDate, updatedAt: ZDate });

/** Everyone the workspace's rows name: its members, and former members its history still points at. */
const ZUser = z.strictObject({
  id: ZId,
  email: z.string().min(3).max(320),
  name: ZText,
  createdAt: ZDate,
  updatedAt: ZDate,
  /** Only in backups made with --with-password-hashes (argon2id). */
  passwordHash: nullable(ZText).optional(),
  /** null for a former member. */
  membership: nullable(ZMembership),
});

const ZSuggestion = z.strictObject({
  id: ZId,
  kind: z.enum(ClaimKind),
  start: z.int(),
  end: z.int(),
  text: ZText,
  normalizedValue: z.json(),
  score: z.number(),
  reason: ZText,
  status: z.enum(SuggestionStatus),
  createdAt: ZDate,
});

const ZVersion = z.strictObject({
  id: ZId,
  number: z.int().positive(),
  title: ZText,
  plainText: ZText,
  document: z.json(),
  contentHash: ZText,
  origin: z.enum(VersionOrigin),
  publishedAt: nullable(ZDate),
  sourceUpdatedAt: nullable(ZDate),
  createdById: ZId,
  createdAt: ZDate,
  suggestions: z.array(ZSuggestion),
});

const ZAnchor = z.strictObject({
  id: ZId,
  versionId: ZId,
  exact: ZText,
  prefix: ZText,
  suffix: ZText,
  start: nullable(z.int()),
  end: nullable(z.int()),
  method: z.enum(AnchorMethod),
  score: nullable(z.number()),
  createdAt: ZDate,
});

const ZDecision = z.strictObject({
  id: ZId,
  verdict: z.enum(Verdict),
  rationale: nullable(ZText),
  attempts: nullable(ZText),
  asOf: nullable(ZDate),
  setById: ZId,
  createdAt: ZDate,
});

const ZEvidence = z.strictObject({
  id: ZId,
  sourceId: ZId,
  stance: z.enum(Stance),
  excerpt: nullable(ZText),
  accessedAt: nullable(ZDate),
  createdById: ZId,
  createdAt: ZDate,
});

const ZComment = z.strictObject({
  id: ZId,
  authorId: ZId,
  body: ZText,
  createdAt: ZDate,
  editedAt: nullable(ZDate),
  mentions: z.array(z.strictObject({ id: ZId, userId: ZId, readAt: nullable(ZDate) })),
});

const ZClaim = z.strictObject({
  id: ZId,
  originVersionId: ZId,
  versionId: ZId,
  kind: z.enum(ClaimKind),
  note: nullable(ZText),
  normalizedValue: z.json(),
  quoteExact: ZText,
  quotePrefix: ZText,
  quoteSuffix: ZText,
  positionStart: z.int(),
  positionEnd: z.int(),
  anchorStatus: z.enum(AnchorStatus),
  verdict: z.enum(Verdict),
  assigneeId: nullable(ZId),
  createdById: ZId,
  revision: z.int(),
  createdAt: ZDate,
  updatedAt: ZDate,
  anchors: z.array(ZAnchor),
  decisions: z.array(ZDecision),
  evidence: z.array(ZEvidence),
  comments: z.array(ZComment),
});

const ZArticle = z.strictObject({
  id: ZId,
  title: ZText,
  outlet: nullable(ZText),
  url: nullable(ZText),
  byline: nullable(ZText),
  language: nullable(ZText),
  publishedAt: nullable(ZDate),
  sourceUpdatedAt: nullable(ZDate),
  status: z.enum(ReviewStatus),
  currentVersionId: nullable(ZId),
  approvedVersionId: nullable(ZId),
  assigneeId: nullable(ZId),
  dueAt: nullable(ZDate),
  signedOffById: nullable(ZId),
  signedOffAt: nullable(ZDate),
  signOffOverride: nullable(ZText),
  createdById: ZId,
  revision: z.int(),
  createdAt: ZDate,
  updatedAt: ZDate,
  versions: z.array(ZVersion),
  claims: z.array(ZClaim),
});

const ZSource = z.strictObject({
  id: ZId,
  url: nullable(ZText),
  title: ZText,
  publisher: nullable(ZText),
  type: z.enum(SourceType),
  reliability: nullable(z.int()),
  notes: nullable(ZText),
  createdById: ZId,
  revision: z.int(),
  createdAt: ZDate,
  updatedAt: ZDate,
  snapshots: z.array(
    z.strictObject({
      id: ZId,
      text: ZText,
      sha256: ZText,
      url: ZText,
      contentType: nullable(ZText),
      fetchedAt: ZDate,
    }),
  ),
});

const ZAuditEvent = z.strictObject({
  actorId: nullable(ZId),
  entityType: ZText,
  entityId: ZText,
  articleId: nullable(ZText),
  action: ZText,
  before: z.json(),
  after: z.json(),
  createdAt: ZDate,
});

export const ZBackup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: ZDate,
  includesPasswordHashes: z.boolean(),
  workspace: z.strictObject({
    id: ZId,
    slug: z.string().min(1).max(100),
    name: ZText,
    createdAt: ZDate,
    updatedAt: ZDate,
  }),
  users: z.array(ZUser),
  sources: z.array(ZSource),
  articles: z.array(ZArticle),
  auditEvents: z.array(ZAuditEvent),
});

export type Backup = z.infer<typeof ZBackup>;
export type BackupArticle = Backup["articles"][number];
export type BackupClaim = BackupArticle["claims"][number];
