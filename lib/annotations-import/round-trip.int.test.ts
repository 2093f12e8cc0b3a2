// Protects: a reviewed article leaves Factdesk as W3C annotations and comes back whole — importing
// our own export onto a fresh copy of the text re-creates the same claims, verdicts and sources.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { plainTextFromParagraphs } from "@/lib/articles/document";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadArticleExport } from "@/lib/exports/article-export";
import { buildAnnotationCollection } from "@/lib/exports/w3c";
import type { W3cNode } from "@/lib/exports/w3c-annotation";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { importAnnotations } from "./import-annotations";
import { CALL, KCNA, NIS, newArticle, PLAN, reviewedArticle, run, wire } from "./testing/round-trip-fixture";

const prisma = setupAppDatabase();
const APP_URL = "https://factdesk.example";
let editor: SessionUser;

beforeAll(async () => {
  const workspace = await prisma().workspace.create({
    data: { slug: `round-trip-${randomUUID()}`, name: "Round Trip Desk" },
    select: { id: true, slug: true, name: true },
  });
  const user = await prisma().user.create({
    data: {
      email: `${randomUUID()}@round-trip.example`,
      name: "Rita Roundtrip",
      memberships: { create: { workspaceId: workspace.id, role: "EDITOR" } },
    },
  });
  editor = { id: user.id, email: user.email, name: user.name, workspace, role: "EDITOR" };
});

async function exportCollection(articleId: string) {
  const data = await loadArticleExport(prisma(), editor, articleId);
  return buildAnnotationCollection({
    data,
    appUrl: APP_URL,
    reportUrl: `${APP_URL}/articles/${articleId}/report`,
  });
}

/**
 * The collection without what must differ between two articles and two moments: ids, creation
 * and modification times, and the target's state (the version's own date and address).
 */
function normalized(collection: W3cNode): unknown {
  const page = collection.first as W3cNode;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== "object") return value;
    const kept = Object.entries(value).filter(
      ([key]) => !["id", "created", "modified", "generated", "partOf"].includes(key),
    );
    return Object.fromEntries(kept.map(([key, item]) => [key, strip(item)]));
  };
  // Evidence sources keep their address (it is what they are matched by), and when they were read.
  const items = (page.items as W3cNode[]).map((item) => ({
    ...(strip(item) as object),
    target: strip({ ...(item.target as W3cNode), state: undefined }),
    body: (item.body as W3cNode[]).map((body) =>
      body.type === "SpecificResource" ? { ...(strip(body) as object), source: body.source } : strip(body),
    ),
  }));
  return { ...(strip({ ...collection, first: undefined, last: undefined }) as object), items };
}

describe("W3C export → import → export", () => {
  it("re-creates the same claims, verdicts, rationales, evidence and sources on a fresh copy", async () => {
    const original = await reviewedArticle({ prisma: prisma(), editor });
    const exported = await exportCollection(original.id);
    const sourcesBefore = await prisma().source.count({ where: { workspaceId: editor.workspace.id } });
    const copy = await newArticle({ prisma: prisma(), editor });

    const result = await run(editor, importAnnotations, {
      articleId: copy.id,
      collection: JSON.parse(JSON.stringify(exported)),
    });

    expect(result).toMatchObject({
      created: PLAN.length,
      verdictsSet: PLAN.filter((planned) => planned.verdict).length,
      evidenceAdded: PLAN.flatMap((planned) => planned.evidence ?? []).length,
      sourcesCreated: 0,
      sourcesMatched: 3,
      unanchored: [],
      notices: [],
    });
    expect(await prisma().source.count({ where: { workspaceId: editor.workspace.id } })).toBe(sourcesBefore);
    const again = await exportCollection(copy.id);
    expect(normalized(again)).toEqual(normalized(exported));
    // The comparison covers what matters: every planned quote, verdict and source is in it.
    const serialized = JSON.stringify(normalized(again));
    for (const planned of PLAN) expect(serialized).toContain(JSON.stringify(planned.quote));
    for (const source of [KCNA, NIS, CALL]) expect(serialized).toContain(JSON.stringify(source.title));
    expect(serialized).toContain('"value":"Called KCNA\'s office twice."');
    expect(serialized).toContain('"sourceDate":"2025-12-15T00:00:00Z"');

    const copied = await prisma().claim.findMany({
      where: { articleId: copy.id },
      orderBy: { positionStart: "asc" },
      include: { decisions: true, anchors: true },
    });
    const originals = await prisma().claim.findMany({
      where: { articleId: original.id },
      orderBy: { positionStart: "asc" },
    });
    expect(
      copied.map((claim) => [
        claim.kind,
        claim.positionStart,
        claim.positionEnd,
        claim.quoteExact,
        claim.note,
        claim.verdict,
      ]),
    ).toEqual(
      originals.map((claim) => [
        claim.kind,
        claim.positionStart,
        claim.positionEnd,
        claim.quoteExact,
        claim.note,
        claim.verdict,
      ]),
    );
    expect(copied.every((claim) => claim.anchors[0]?.method === "POSITION")).toBe(true);
    const article = await prisma().article.findUniqueOrThrow({ where: { id: copy.id } });
    expect(article.status).toBe("IN_REVIEW");
    const events = await prisma().auditEvent.groupBy({
      by: ["action"],
      where: { articleId: copy.id },
      _count: true,
    });
    expect(Object.fromEntries(events.map((event) => [event.action, event._count]))).toMatchObject({
      "claim.created": PLAN.length,
      "claim.verdict_set": 4,
      "claim.evidence_added": 6,
      "article.annotations_imported": 1,
    });
  });

  it("anchors what it can on a different text and reports the rest with their quotes", async () => {
    const original = await reviewedArticle({ prisma: prisma(), editor });
    const exported = await exportCollection(original.id);
    // The copy lost its paragraph about the ceremony and the unit, and the first lines changed.
    const changed = [
      wire.paragraphs[0]?.replace("North Korean leader ", "Leader ") ?? "",
      ...wire.paragraphs.slice(1).filter((paragraph) => !paragraph.includes("528th")),
    ];
    const copy = await createArticle({
      prisma: prisma(),
      workspaceId: editor.workspace.id,
      createdById: editor.id,
      title: wire.title,
      paragraphs: changed,
      origin: "WIRE",
    });

    const result = await run(editor, importAnnotations, { articleId: copy.id, collection: exported });

    expect(result.unanchored.map((item) => item.quote).sort()).toEqual(
      ["528th Regiment of Engineers", "Korean Central News Agency (KCNA)"].sort(),
    );
    expect(result.unanchored.every((item) => /not found/.test(item.reason))).toBe(true);
    expect(result.created).toBe(PLAN.length - 2);
    const claims = await prisma().claim.findMany({ where: { articleId: copy.id } });
    const copyText = plainTextFromParagraphs(changed);
    for (const claim of claims)
      expect(copyText.slice(claim.positionStart, claim.positionEnd)).toBe(claim.quoteExact);
  });
});
