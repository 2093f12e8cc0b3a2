// Protects: the source library keeps what editors record, refuses stale edits and deleting cited sources,
// and a snapshot keeps the page's text with a SHA-256 that matches it.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { createArticle } from "@/lib/articles/create-article";
import { createWorkspaceMember } from "@/lib/articles/testing/workspace-fixture";
import type { SessionUser } from "@/lib/auth/session-user";
import type { IntakeSettings } from "@/lib/intake/settings";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { captureSnapshot } from "./capture-snapshot";
import { createSource } from "./create-source";
import { deleteSource, updateSource } from "./edit-source";
import { findSources, searchSources } from "./find-sources";
import { getSourceDetail } from "./get-source";
import { type PageServer, startPageServer } from "./testing/page-server";

const prisma = setupAppDatabase();
let editor: SessionUser;
let outsider: SessionUser;
let server: PageServer;
let allowed: IntakeSettings;

const REPORT = `<html><head><title>Casualty update</title></head><body><nav>Home · World</nav><article>
<h1>Casualty update</h1><p>${"The ministry said nine soldiers died near Kursk on Friday. ".repeat(8)}</p>
<p>A second paragraph with “quotes” and ünïcode.</p></article></body></html>`;

beforeAll(async () => {
  editor = await createWorkspaceMember(prisma());
  outsider = await createWorkspaceMember(prisma());
  server = await startPageServer({
    "/report": { body: REPORT },
    "/pdf": { contentType: "application/pdf", body: "%PDF-1.4" },
  });
  allowed = { maxBytes: 256 * 1024, fetchTimeoutMs: 2000, fetchAllowHosts: [server.host] };
});

afterAll(() => server.close());

const FIELDS = {
  title: "Ministry of Defence briefing",
  publisher: "MoD",
  type: "GOVERNMENT",
  reliability: 3,
};

async function newSource(user = editor, fields: Record<string, unknown> = {}) {
  const result = await executeAction(createSource, user, { ...FIELDS, ...fields });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

async function auditActions(entityId: string) {
  const events = await prisma().auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });
  return events.map((event) => event.action);
}

async function citeOnNewClaim(sourceId: string, stance: "SUPPORTS" | "CONTEXT" = "SUPPORTS") {
  const article = await createArticle({
    prisma: prisma(),
    workspaceId: editor.workspace.id,
    createdById: editor.id,
    title: "Kursk",
    paragraphs: ["Nine soldiers died."],
    origin: "PASTE",
  });
  const claim = await prisma().claim.create({
    data: {
      workspaceId: editor.workspace.id,
      articleId: article.id,
      originVersionId: article.versionId,
      versionId: article.versionId,
      kind: "CASUALTY_FIGURE",
      quoteExact: "Nine soldiers",
      quotePrefix: "",
      quoteSuffix: " died.",
      positionStart: 0,
      positionEnd: 13,
      createdById: editor.id,
    },
  });
  await prisma().evidence.create({ data: { claimId: claim.id, sourceId, stance, createdById: editor.id } });
  return claim;
}

describe("sources.create", () => {
  it("stores the source, reading a bare address as https, and logs it", async () => {
    const source = await newSource(editor, { url: "example.com/briefing", notes: "  Daily briefing  " });
    expect(source).toMatchObject({
      ...FIELDS,
      url: "https://example.com/briefing",
      notes: "Daily briefing",
      revision: 0,
    });
    expect(await auditActions(source.id)).toEqual(["source.created"]);
  });

  it.each([
    ["javascript:alert(1)", "Only http and https addresses can be used for a source."],
    ["ftp://example.com/file", "Only http and https addresses can be used for a source."],
    ["not a url", "This is not a web address; it should start with https://."],
    [`https://example.com/${"a".repeat(2048)}`, "Keep the URL under 2,048 characters."],
  ])("refuses the URL %s with a message, storing nothing", async (url, message) => {
    const before = await prisma().source.count();
    const result = await executeAction(createSource, editor, { ...FIELDS, url });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { url: [message] } });
    expect(await prisma().source.count()).toBe(before);
  });

  it("refuses a missing title and a reliability outside 1–5", async () => {
    expect(await executeAction(createSource, editor, { ...FIELDS, title: "  " })).toMatchObject({
      ok: false,
      error: "Enter the source's title.",
    });
    expect(await executeAction(createSource, editor, { ...FIELDS, reliability: 6 })).toMatchObject({
      ok: false,
      error: "Rate reliability from 1 (least) to 5 (most reliable), or leave it unrated.",
    });
  });
});

describe("sources.update", () => {
  it("lets one of two editors who started from the same revision win; the other gets a conflict", async () => {
    const source = await newSource();
    const first = await executeAction(updateSource, editor, {
      ...FIELDS,
      sourceId: source.id,
      revision: 0,
      title: "MoD briefing, 14 March",
    });
    const second = await executeAction(updateSource, editor, {
      ...FIELDS,
      sourceId: source.id,
      revision: 0,
      reliability: 1,
    });
    expect(first).toMatchObject({ ok: true, data: { title: "MoD briefing, 14 March", revision: 1 } });
    expect(second).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!second.ok) expect(second.error).toMatch(/Someone changed this source/);
    expect(await prisma().source.findUnique({ where: { id: source.id } })).toMatchObject({
      title: "MoD briefing, 14 March",
      reliability: 3,
      revision: 1,
    });
    expect(await auditActions(source.id)).toEqual(["source.created", "source.updated"]);
  });

  it("does not find another workspace's source", async () => {
    const source = await newSource(outsider);
    const result = await executeAction(updateSource, editor, { ...FIELDS, sourceId: source.id, revision: 0 });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await prisma().source.findUnique({ where: { id: source.id } })).toMatchObject({ revision: 0 });
  });
});

describe("sources.delete", () => {
  it("refuses to delete a source claims cite, saying how many", async () => {
    const source = await newSource();
    await citeOnNewClaim(source.id);
    await citeOnNewClaim(source.id, "CONTEXT");
    const result = await executeAction(deleteSource, editor, { sourceId: source.id });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!result.ok) expect(result.error).toMatch(/evidence for 2 claims/);
    expect(await prisma().source.count({ where: { id: source.id } })).toBe(1);
  });

  it("deletes an unused source and logs what it was", async () => {
    const source = await newSource();
    expect(await executeAction(deleteSource, editor, { sourceId: source.id })).toMatchObject({ ok: true });
    expect(await prisma().source.count({ where: { id: source.id } })).toBe(0);
    const event = await prisma().auditEvent.findFirst({
      where: { entityId: source.id, action: "source.deleted" },
    });
    expect(event?.before).toMatchObject({ title: FIELDS.title });
  });
});

describe("finding sources", () => {
  it("searches title, publisher and URL ignoring case, filters by type, and counts citing claims once", async () => {
    const source = await newSource(editor, {
      title: "Kyiv Independent live",
      publisher: "ZEBRAWIRE",
      type: "NEWS_OUTLET",
    });
    const claim = await citeOnNewClaim(source.id);
    await prisma().evidence.create({
      data: { claimId: claim.id, sourceId: source.id, stance: "CONTEXT", createdById: editor.id },
    });
    const byPublisher = await findSources({ user: editor, query: "zebraWire" });
    expect(byPublisher).toEqual([expect.objectContaining({ id: source.id, claimCount: 1 })]);
    expect(await findSources({ user: editor, query: "zebrawire", type: "GOVERNMENT" })).toEqual([]);
    expect(await findSources({ user: outsider, query: "zebrawire" })).toEqual([]);
    const picked = await executeAction(searchSources, editor, { query: "KYIV INDEPENDENT" });
    expect(picked).toMatchObject({ ok: true, data: [{ id: source.id, snapshot: null }] });
  });

  it("shows the claims citing a source, with their articles", async () => {
    const source = await newSource();
    const claim = await citeOnNewClaim(source.id);
    const detail = await getSourceDetail({ user: editor, sourceId: source.id });
    expect(detail?.citations).toEqual([
      expect.objectContaining({ claimId: claim.id, articleId: claim.articleId, stances: ["SUPPORTS"] }),
    ]);
    expect(await getSourceDetail({ user: outsider, sourceId: source.id })).toBeNull();
  });
});

describe("snapshots", () => {
  it("keeps the page's readable text with its SHA-256, the final URL and type, and logs it", async () => {
    const source = await newSource(editor, { url: `${server.base}/report#top` });
    const snapshot = await captureSnapshot({ user: editor, sourceId: source.id, settings: allowed });
    const stored = await prisma().sourceSnapshot.findUniqueOrThrow({ where: { id: snapshot.id } });
    expect(stored.text).toMatch(/^The ministry said nine soldiers died near Kursk on Friday\./);
    expect(stored.text).toContain("A second paragraph with “quotes” and ünïcode.");
    expect(stored.text).not.toMatch(/<|Home · World/);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.sha256).toBe(createHash("sha256").update(Buffer.from(stored.text, "utf8")).digest("hex"));
    expect(stored).toMatchObject({ url: `${server.base}/report`, contentType: "text/html" });
    expect(snapshot.size).toBe(Buffer.byteLength(stored.text));
    const event = await prisma().auditEvent.findFirst({
      where: { entityId: source.id, action: "source.snapshot_captured" },
    });
    expect(event?.after).toMatchObject({ snapshotId: snapshot.id, sha256: stored.sha256 });
    const detail = await getSourceDetail({ user: editor, sourceId: source.id });
    expect(detail?.snapshots).toEqual([expect.objectContaining({ id: snapshot.id, text: stored.text })]);
  });

  it.each([
    [
      "a missing page",
      "/nothing",
      /Could not capture http:\/\/127\.0\.0\.1:\d+\/nothing: the page was not found \(HTTP 404\)\./,
    ],
    ["a file that is not a web page", "/pdf", /this is not a web page \(the site sent application\/pdf\)/],
  ])("refuses %s with a message, storing nothing", async (_label, path, message) => {
    const source = await newSource(editor, { url: `${server.base}${path}` });
    await expect(captureSnapshot({ user: editor, sourceId: source.id, settings: allowed })).rejects.toThrow(
      message,
    );
    expect(await prisma().sourceSnapshot.count({ where: { sourceId: source.id } })).toBe(0);
    expect(await auditActions(source.id)).toEqual(["source.created"]);
  });

  it("does not fetch private addresses unless allowed (the import's protections)", async () => {
    const source = await newSource(editor, { url: `${server.base}/report` });
    await expect(
      captureSnapshot({ user: editor, sourceId: source.id, settings: { ...allowed, fetchAllowHosts: [] } }),
    ).rejects.toThrow(/private, loopback or link-local network/);
  });

  it("refuses a source without a URL, and another workspace's source", async () => {
    const bare = await newSource();
    await expect(captureSnapshot({ user: editor, sourceId: bare.id, settings: allowed })).rejects.toThrow(
      "This source has no URL to capture. Add its web address first.",
    );
    const theirs = await newSource(outsider, { url: `${server.base}/report` });
    await expect(
      captureSnapshot({ user: editor, sourceId: theirs.id, settings: allowed }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await prisma().sourceSnapshot.count({ where: { sourceId: theirs.id } })).toBe(0);
  });
});
