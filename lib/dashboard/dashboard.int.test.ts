// Protects: the dashboard shows a newsroom where its review stands (and only its own work): progress, verdicts, overdue.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import type { AnchorStatus, ReviewStatus, Verdict } from "@/lib/generated/prisma/enums";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { getDashboard } from "./get-dashboard";

const prisma = setupAppDatabase();
const NOW = new Date("2026-03-10T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

type ClaimSpec = { verdict?: Verdict; anchorStatus?: AnchorStatus; assigneeId?: string };
type ArticleSpec = {
  title: string;
  status?: ReviewStatus;
  dueAt?: Date;
  assigneeId?: string;
  claims?: ClaimSpec[];
};

let workspace: { id: string; slug: string; name: string };
let owner: string;
let ann: string;
let bo: string;
let cy: string;

async function createUser(
  name: string,
  memberships: Array<{ workspaceId: string; role: "OWNER" | "EDITOR" }>,
) {
  const user = await prisma().user.create({
    data: { email: `${randomUUID()}@dashboard.example`, name, memberships: { create: memberships } },
  });
  return user.id;
}

async function seedArticle(workspaceId: string, createdById: string, spec: ArticleSpec) {
  const article = await createArticle({
    prisma: prisma(),
    workspaceId,
    createdById,
    title: spec.title,
    paragraphs: [`${spec.title}: nine soldiers were reported killed on Monday.`],
    origin: "PASTE",
  });
  await prisma().article.update({
    where: { id: article.id },
    data: { status: spec.status ?? "DRAFT", dueAt: spec.dueAt ?? null, assigneeId: spec.assigneeId ?? null },
  });
  await prisma().claim.createMany({
    data: (spec.claims ?? []).map((claim) => ({
      workspaceId,
      articleId: article.id,
      originVersionId: article.versionId,
      versionId: article.versionId,
      kind: "CASUALTY_FIGURE" as const,
      quoteExact: "nine",
      quotePrefix: "",
      quoteSuffix: "",
      positionStart: 0,
      positionEnd: 4,
      createdById,
      verdict: claim.verdict ?? "UNREVIEWED",
      anchorStatus: claim.anchorStatus ?? "ANCHORED",
      assigneeId: claim.assigneeId ?? null,
    })),
  });
  return article.id;
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  workspace = await prisma().workspace.create({
    data: { slug: `dash-${randomUUID()}`, name: "Dashboard Desk" },
    select: { id: true, slug: true, name: true },
  });
  const rival = await prisma().workspace.create({
    data: { slug: `rival-${randomUUID()}`, name: "Rival Desk" },
  });
  owner = await createUser("Olga Owner", [{ workspaceId: workspace.id, role: "OWNER" }]);
  ann = await createUser("Ann Editor", [
    { workspaceId: workspace.id, role: "EDITOR" },
    { workspaceId: rival.id, role: "EDITOR" },
  ]);
  bo = await createUser("Bo Editor", [{ workspaceId: workspace.id, role: "EDITOR" }]);
  // Cy left the workspace but still holds an assigned claim.
  cy = await createUser("Cy Former", []);
  ids.overdue = await seedArticle(workspace.id, owner, {
    title: "Overdue draft",
    dueAt: new Date(NOW.getTime() - DAY),
    assigneeId: ann,
    claims: [
      { verdict: "VERIFIED" },
      { assigneeId: ann },
      { assigneeId: bo },
      { anchorStatus: "RETIRED", assigneeId: ann },
    ],
  });
  ids.inReview = await seedArticle(workspace.id, owner, {
    title: "In review",
    status: "IN_REVIEW",
    dueAt: new Date(NOW.getTime() + 2 * DAY),
    assigneeId: bo,
    claims: [{ verdict: "FALSE" }, { anchorStatus: "ORPHANED", assigneeId: cy }],
  });
  ids.approved = await seedArticle(workspace.id, owner, {
    title: "Approved late",
    status: "APPROVED",
    dueAt: new Date(NOW.getTime() - 5 * DAY),
    claims: [{ verdict: "MISLEADING" }],
  });
  ids.ready = await seedArticle(workspace.id, owner, { title: "Ready", status: "READY_FOR_SIGNOFF" });
  ids.draft = await seedArticle(workspace.id, owner, { title: "Fresh draft" });
  // Another newsroom's overdue article and claims, some assigned to Ann: none of it may show.
  await seedArticle(rival.id, ann, {
    title: "Rival overdue",
    dueAt: new Date(NOW.getTime() - 3 * DAY),
    assigneeId: ann,
    claims: [{ verdict: "VERIFIED" }, { verdict: "VERIFIED" }, { assigneeId: ann }],
  });
});

const dashboard = () => getDashboard({ user: { workspace }, now: NOW, prisma: prisma() });

describe("getDashboard", () => {
  it("lists the workspace's articles by what needs attention, with claim counts", async () => {
    const { articles, articleTotal } = await dashboard();
    expect(articles.map((article) => article.id)).toEqual([
      ids.overdue,
      ids.inReview,
      ids.ready,
      ids.draft,
      ids.approved,
    ]);
    expect(articleTotal).toBe(5);
    expect(articles[0]).toMatchObject({
      title: "Overdue draft",
      isOverdue: true,
      assignee: { id: ann, name: "Ann Editor" },
      claimCount: 3,
      reviewedCount: 1,
      orphanedCount: 0,
    });
    expect(articles[1]).toMatchObject({
      isOverdue: false,
      claimCount: 2,
      reviewedCount: 1,
      orphanedCount: 1,
    });
    const approved = articles.find((article) => article.id === ids.approved);
    expect(approved).toMatchObject({ isOverdue: false, claimCount: 1, reviewedCount: 1, assignee: null });
    expect(articles.find((article) => article.id === ids.draft)).toMatchObject({
      claimCount: 0,
      dueAt: null,
    });
  });

  it("counts claims by verdict, retired ones and other workspaces' aside", async () => {
    const { verdicts } = await dashboard();
    expect(verdicts).toEqual({
      UNREVIEWED: 3,
      VERIFIED: 1,
      MOSTLY_ACCURATE: 0,
      MISLEADING: 1,
      DISPUTED: 0,
      FALSE: 1,
      UNVERIFIABLE: 0,
    });
  });

  it("lists only this workspace's overdue articles, approved ones excluded", async () => {
    const { workload } = await dashboard();
    expect(workload.overdueTotal).toBe(1);
    expect(workload.overdue).toEqual([
      {
        id: ids.overdue,
        title: "Overdue draft",
        status: "DRAFT",
        dueAt: new Date(NOW.getTime() - DAY),
        assignee: { id: ann, name: "Ann Editor" },
      },
    ]);
  });

  it("measures overdue against the given moment", async () => {
    const later = await getDashboard({
      user: { workspace },
      now: new Date(NOW.getTime() + 3 * DAY),
      prisma: prisma(),
    });
    expect(later.workload.overdue.map((article) => article.id)).toEqual([ids.overdue, ids.inReview]);
    expect(later.articles.slice(0, 2).map((article) => article.isOverdue)).toEqual([true, true]);
  });

  it("counts each member's assigned unreviewed claims and open articles, including former members", async () => {
    const { workload } = await dashboard();
    const byId = new Map(workload.members.map((member) => [member.userId, member]));
    expect(byId.get(ann)).toEqual({
      userId: ann,
      name: "Ann Editor",
      role: "EDITOR",
      unreviewedClaims: 1,
      openArticles: 1,
      overdueArticles: 1,
    });
    expect(byId.get(bo)).toMatchObject({ unreviewedClaims: 1, openArticles: 1, overdueArticles: 0 });
    expect(byId.get(cy)).toMatchObject({
      name: "Cy Former",
      role: null,
      unreviewedClaims: 1,
      openArticles: 0,
    });
    expect(byId.get(owner)).toMatchObject({ unreviewedClaims: 0, openArticles: 0 });
    expect(workload.members[0]?.userId).toBe(ann);
    expect(workload.members).toHaveLength(4);
  });
});
