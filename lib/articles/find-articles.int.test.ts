// Protects: editors find articles by their words and filters, only in their own workspace, with claim counts.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { documentFromParagraphs } from "./document";
import { findArticles } from "./find-articles";
import { importArticle } from "./import-article";
import { type ArticleListQuery, parseArticleListQuery } from "./list-query";
import { createWorkspaceMember } from "./testing/workspace-fixture";

const prisma = setupAppDatabase();
let editor: SessionUser;
let rival: SessionUser;
const ids: Record<string, string> = {};

type Seed = { key: string; title: string; text: string; outlet?: string; publishedAt?: string };
const SEEDS: Seed[] = [
  {
    key: "dam",
    title: "Dam breach floods homes",
    text: "Forty homes were flooded after the dam breached.",
    outlet: "Riverside Post",
    publishedAt: "2025-03-01T08:00:00Z",
  },
  {
    key: "port",
    title: "Port strike ends",
    text: "Dockers returned to work; the casualties report was denied.",
    outlet: "Harbour Times",
    publishedAt: "2025-03-05T08:00:00Z",
  },
  {
    key: "kursk",
    title: "Casualties acknowledged in Kursk",
    text: "Nine soldiers died, the leader said.",
    outlet: "Wire",
    publishedAt: "2025-03-10T08:00:00Z",
  },
  { key: "undated", title: "Undated council notes", text: "The council met on Tuesday." },
];

async function seed(user: SessionUser, item: Seed): Promise<string> {
  const result = await importArticle({
    workspaceId: user.workspace.id,
    actorId: user.id,
    target: { kind: "new" },
    draft: {
      origin: "PASTE",
      sourceName: "test",
      document: documentFromParagraphs([item.text]),
      metadata: {
        title: item.title,
        outlet: item.outlet ?? null,
        url: null,
        byline: null,
        language: "en",
        publishedAt: item.publishedAt ? new Date(item.publishedAt) : null,
        sourceUpdatedAt: null,
      },
    },
  });
  return result.articleId;
}

const query = (params: Record<string, string>): ArticleListQuery => parseArticleListQuery(params);
const titles = async (params: Record<string, string>, user = editor) =>
  (await findArticles({ user, query: query(params) })).items.map((item) => item.title);

beforeAll(async () => {
  editor = await createWorkspaceMember(prisma());
  rival = await createWorkspaceMember(prisma());
  for (const item of SEEDS) ids[item.key] = await seed(editor, item);
  await seed(rival, {
    key: "rival",
    title: "Rival casualties exclusive",
    text: "Casualties rose, the rival desk says.",
  });
});

describe("findArticles", () => {
  it("lists the workspace's articles, newest publication first and undated last", async () => {
    expect(await titles({})).toEqual([
      "Casualties acknowledged in Kursk",
      "Port strike ends",
      "Dam breach floods homes",
      "Undated council notes",
    ]);
  });

  it("searches titles and text with stemming, ranking title matches first", async () => {
    expect(await titles({ q: "casualty" })).toEqual(["Casualties acknowledged in Kursk", "Port strike ends"]);
    expect(await titles({ q: "flooded" })).toEqual(["Dam breach floods homes"]);
    expect(await titles({ q: '"dam breached" -port' })).toEqual(["Dam breach floods homes"]);
    expect(await titles({ q: "nonexistentword" })).toEqual([]);
  });

  it("never finds another workspace's articles", async () => {
    expect(await titles({ q: "rival" })).toEqual([]);
    expect(await titles({ q: "casualties" }, rival)).toEqual(["Rival casualties exclusive"]);
  });

  it("finds a new version's words and forgets the replaced ones", async () => {
    await importArticle({
      workspaceId: editor.workspace.id,
      actorId: editor.id,
      target: { kind: "version", articleId: ids.undated as string },
      draft: {
        origin: "PASTE",
        sourceName: "test",
        document: documentFromParagraphs(["The council adjourned on Wednesday."]),
        metadata: {
          title: "Undated council notes",
          outlet: null,
          url: null,
          byline: null,
          language: "en",
          publishedAt: null,
          sourceUpdatedAt: null,
        },
      },
    });
    expect(await titles({ q: "wednesday" })).toEqual(["Undated council notes"]);
    expect(await titles({ q: "tuesday" })).toEqual([]);
  });

  it("filters by status, outlet, assignee and publication dates", async () => {
    await prisma().article.update({
      where: { id: ids.port },
      data: { status: "IN_REVIEW", assigneeId: editor.id },
    });
    expect(await titles({ status: "IN_REVIEW" })).toEqual(["Port strike ends"]);
    expect(await titles({ outlet: "Riverside Post" })).toEqual(["Dam breach floods homes"]);
    expect(await titles({ assignee: "me" })).toEqual(["Port strike ends"]);
    expect(await titles({ assignee: editor.id })).toEqual(["Port strike ends"]);
    expect(await titles({ assignee: "none" })).toHaveLength(3);
    expect(await titles({ from: "2025-03-02", to: "2025-03-05" })).toEqual(["Port strike ends"]);
    expect(await titles({ to: "2025-03-01" })).toEqual(["Dam breach floods homes"]);
  });

  it("sorts and pages", async () => {
    expect(await titles({ sort: "title-asc" })).toEqual([
      "Casualties acknowledged in Kursk",
      "Dam breach floods homes",
      "Port strike ends",
      "Undated council notes",
    ]);
    expect(await titles({ sort: "published-asc" })).toEqual([
      "Dam breach floods homes",
      "Port strike ends",
      "Casualties acknowledged in Kursk",
      "Undated council notes",
    ]);
    const second = await findArticles({
      user: editor,
      query: query({ sort: "title-asc", page: "2" }),
      pageSize: 3,
    });
    expect(second).toMatchObject({ total: 4, page: 2, pageCount: 2 });
    expect(second.items.map((item) => item.title)).toEqual(["Undated council notes"]);
    const beyond = await findArticles({ user: editor, query: query({ page: "9" }), pageSize: 3 });
    expect(beyond).toMatchObject({ total: 4, items: [] });
  });

  it("counts each article's claims by verdict", async () => {
    const article = await prisma().article.findUniqueOrThrow({
      where: { id: ids.kursk },
      select: { currentVersionId: true },
    });
    const versionId = article.currentVersionId as string;
    const claim = (verdict: "FALSE" | "VERIFIED" | "UNREVIEWED") => ({
      workspaceId: editor.workspace.id,
      articleId: ids.kursk as string,
      originVersionId: versionId,
      versionId,
      kind: "NUMBER" as const,
      quoteExact: "Nine",
      quotePrefix: "",
      quoteSuffix: " soldiers",
      positionStart: 0,
      positionEnd: 4,
      verdict,
      createdById: editor.id,
    });
    await prisma().claim.createMany({
      data: [claim("FALSE"), claim("FALSE"), claim("VERIFIED"), claim("UNREVIEWED")],
    });
    const kursk = (await findArticles({ user: editor, query: query({ q: "kursk" }) })).items[0];
    expect(kursk).toMatchObject({ claimCount: 4, claimsByVerdict: { FALSE: 2, VERIFIED: 1, UNREVIEWED: 1 } });
  });
});
