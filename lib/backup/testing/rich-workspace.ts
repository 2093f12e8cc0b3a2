import { randomUUID } from "node:crypto";
import type { ActionDefinition } from "@/lib/actions/define-action";
import { executeAction } from "@/lib/actions/execute-action";
import { documentFromParagraphs } from "@/lib/articles/document";
import { importArticle } from "@/lib/articles/import-article";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import { createClaim } from "@/lib/claims/create-claim";
import { addComment } from "@/lib/comments/add-comment";
import type { PrismaClient } from "@/lib/db";
import { attachEvidence } from "@/lib/evidence/attach-evidence";
import type { Role } from "@/lib/generated/prisma/enums";
import { createSource } from "@/lib/sources/create-source";
import { setVerdict } from "@/lib/verdicts/set-verdict";

const FIRST = ["The ministry said 14 soldiers were wounded on Friday.", "Officials denied the report."];
const SECOND = [
  "The ministry said 14 soldiers were wounded on Friday night.",
  "Officials later denied the report.",
];

async function run<Input, Output>(
  action: ActionDefinition<Input, Output>,
  user: SessionUser,
  input: unknown,
) {
  const result = await executeAction(action, user, input);
  if (!result.ok) throw new Error(`${action.name}: ${result.error}`);
  return result.data;
}

function draft(title: string, paragraphs: string[]) {
  return {
    origin: "PASTE" as const,
    sourceName: "backup test",
    document: documentFromParagraphs(paragraphs),
    metadata: {
      title,
      outlet: "Wire",
      url: null,
      byline: "A. Reporter",
      language: "en",
      publishedAt: null,
      sourceUpdatedAt: null,
    },
  };
}

/**
 * A workspace with a bit of everything a backup must carry, made through the app's own actions:
 * an owner and an editor (with passwords), a former member whose comment remains, an article
 * with two versions, claims with anchors on both, verdicts, a source with a snapshot, evidence,
 * comments with mentions, a detector suggestion, their audit events, and an API token and a share
 * link (which backups leave out). Plus a second workspace that must not leak into the backup.
 */
export async function seedRichWorkspace(prisma: PrismaClient) {
  const suffix = randomUUID().slice(0, 8);
  const workspace = await prisma.workspace.create({
    data: { slug: `backup-${suffix}`, name: "Backup Desk" },
    select: { id: true, slug: true, name: true },
  });
  const passwordHash = await hashPassword("backup test password");
  const member = async (role: Role, name: string): Promise<SessionUser> => {
    const user = await prisma.user.create({
      data: {
        email: `${name.split(" ")[0]?.toLowerCase()}-${suffix}@backup.example`,
        name,
        passwordHash,
        memberships: { create: { workspaceId: workspace.id, role } },
      },
      select: { id: true, email: true, name: true },
    });
    return { ...user, workspace, role };
  };
  const owner = await member("OWNER", "Olga Owner");
  const editor = await member("EDITOR", "Ed Editor");
  const former = await member("EDITOR", "Fay Former");

  const imported = await importArticle({
    prisma,
    workspaceId: workspace.id,
    actorId: editor.id,
    draft: draft("Border clash", FIRST),
    target: { kind: "new" },
  });
  const text = FIRST.join("\n\n");
  const claimOn = (words: string, kind: string) =>
    run(createClaim, editor, {
      articleId: imported.articleId,
      versionId: imported.versionId,
      start: text.indexOf(words),
      end: text.indexOf(words) + words.length,
      exact: words,
      kind,
      note: "Check with the ministry",
    });
  const wounded = await claimOn("14 soldiers were wounded", "CASUALTY_FIGURE");
  const denied = await claimOn("Officials denied the report", "ATTRIBUTION");
  await prisma.claim.update({
    where: { id: wounded.id },
    data: { normalizedValue: { value: 14, category: "wounded" } },
  });

  const source = await run(createSource, owner, {
    title: "Ministry statement",
    publisher: "Ministry of Defence",
    type: "GOVERNMENT",
    reliability: 3,
    url: "https://ministry.example/statement",
  });
  await prisma.sourceSnapshot.create({
    data: {
      sourceId: source.id,
      text: "14 soldiers were wounded",
      sha256: "ab".repeat(32),
      url: "https://ministry.example/statement",
      contentType: "text/html",
    },
  });
  await run(attachEvidence, editor, {
    claimId: wounded.id,
    sourceId: source.id,
    stance: "SUPPORTS",
    excerpt: "14 wounded",
    accessedAt: "2025-03-14",
  });
  await run(setVerdict, editor, {
    claimId: wounded.id,
    revision: (await prisma.claim.findUniqueOrThrow({ where: { id: wounded.id } })).revision,
    verdict: "VERIFIED",
    rationale: "The ministry's own figure <script>alert(1)</script> — “quoted”.",
    asOf: "2025-03-14",
  });
  await run(addComment, former, {
    claimId: denied.id,
    body: `@${owner.name} who denied it?`,
    mentionedUserIds: [owner.id],
  });
  await run(addComment, owner, {
    claimId: denied.id,
    body: `@${editor.name} the spokesman.`,
    mentionedUserIds: [editor.id],
  });
  await prisma.membership.deleteMany({ where: { userId: former.id } });

  await importArticle({
    prisma,
    workspaceId: workspace.id,
    actorId: owner.id,
    draft: draft("Border clash (updated)", SECOND),
    target: { kind: "version", articleId: imported.articleId },
  });
  const current = await prisma.article.findUniqueOrThrow({
    where: { id: imported.articleId },
    select: { currentVersionId: true },
  });
  // The detector has suggested on both versions already; this one is dismissed, so a status travels too.
  const versionId = current.currentVersionId ?? "";
  const suggestion = { versionId, kind: "DATE" as const, start: 47, end: 53 };
  await prisma.suggestion.upsert({
    where: { versionId_kind_start_end: suggestion },
    create: { ...suggestion, text: "Friday", score: 0.8, reason: "A weekday", status: "DISMISSED" },
    update: { status: "DISMISSED" },
  });
  await prisma.apiToken.create({
    data: {
      userId: owner.id,
      workspaceId: workspace.id,
      name: "CMS",
      tokenHash: `hash-${suffix}`,
      prefix: "fdt_abcdefgh",
    },
  });
  await prisma.shareLink.create({
    data: {
      workspaceId: workspace.id,
      articleId: imported.articleId,
      tokenHash: `share-${suffix}`,
      createdById: owner.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });

  const rival = await prisma.workspace.create({ data: { slug: `rival-${suffix}`, name: "Rival" } });
  const rivalUser = await prisma.user.create({
    data: {
      email: `rival-${suffix}@backup.example`,
      name: "Rival",
      memberships: { create: { workspaceId: rival.id, role: "OWNER" } },
    },
  });
  await importArticle({
    prisma,
    workspaceId: rival.id,
    actorId: rivalUser.id,
    draft: draft("Rival story", ["Not ours."]),
    target: { kind: "new" },
  });

  return { workspace, owner, editor, former, articleId: imported.articleId, rivalEmail: rivalUser.email };
}
