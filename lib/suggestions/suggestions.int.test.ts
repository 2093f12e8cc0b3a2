// Protects: every imported version arrives with suggestions, and accepting or dismissing one does what the editor asked.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { importArticle } from "@/lib/articles/import-article";
import { createWorkspaceMember } from "@/lib/articles/testing/workspace-fixture";
import type { SessionUser } from "@/lib/auth/session-user";
import { createClaim } from "@/lib/claims/create-claim";
import { setupAppDatabase } from "@/lib/testing/app-database";
import {
  acceptOneSuggestion,
  acceptSuggestionsOfKind,
  dismissOneSuggestion,
  readDetectionProgress,
  readSuggestions,
} from "./actions";
import { importSample as importSampleFor, run, sampleDraft, wire } from "./testing/sample-article";

const prisma = setupAppDatabase();
let editor: SessionUser;
let rival: SessionUser;

beforeAll(async () => {
  editor = await createWorkspaceMember(prisma());
  rival = await createWorkspaceMember(prisma());
});

const importSample = () => importSampleFor(editor);
/** The next version of an article: the sample with a paragraph added. */
const importNextVersion = (articleId: string) =>
  importArticle({
    workspaceId: editor.workspace.id,
    actorId: editor.id,
    draft: sampleDraft([...wire.paragraphs, "A paragraph added later."]),
    target: { kind: "version", articleId },
  });

const suggestionsOf = (versionId: string) =>
  prisma().suggestion.findMany({ where: { versionId }, orderBy: { start: "asc" } });

describe("suggestions for every new version", () => {
  it("stores the sample article's suggestions with its version, “nine lives” among them as a casualty figure", async () => {
    const imported = await importSample();
    const version = await prisma().articleVersion.findUniqueOrThrow({ where: { id: imported.versionId } });
    const suggestions = await suggestionsOf(imported.versionId);
    for (const suggestion of suggestions) {
      expect(version.plainText.slice(suggestion.start, suggestion.end)).toBe(suggestion.text);
    }
    const casualty = suggestions.find((s) => s.kind === "CASUALTY_FIGURE" && s.text.includes("nine lives"));
    expect(casualty).toMatchObject({ status: "OPEN", normalizedValue: { value: 9, category: "deaths" } });
    const friday = suggestions.find((s) => s.kind === "DATE" && s.text === "Friday");
    expect(friday?.normalizedValue).toBe("2025-12-12");
    expect(new Set(suggestions.map((s) => s.kind))).toEqual(
      new Set(["NUMBER", "CASUALTY_FIGURE", "DATE", "QUOTE", "ATTRIBUTION", "ENTITY"]),
    );
  });

  it("lists the open ones, without the number inside the casualty figure, and no warnings for the sample", async () => {
    const imported = await importSample();
    const list = await run(readSuggestions, editor, { articleId: imported.articleId });
    expect(list).toMatchObject({
      versionId: imported.versionId,
      versionNumber: 1,
      isDetecting: false,
      warnings: [],
    });
    const casualty = list.suggestions.find((s) => s.kind === "CASUALTY_FIGURE");
    expect(casualty?.text).toContain("nine lives");
    const numbers = list.suggestions.filter((s) => s.kind === "NUMBER");
    expect(numbers.some((s) => casualty && s.start >= casualty.start && s.end <= casualty.end)).toBe(false);
  });
});

describe("suggestions.accept", () => {
  it("makes a claim with the kind and normalized value, once", async () => {
    const imported = await importSample();
    const { suggestions } = await run(readSuggestions, editor, { articleId: imported.articleId });
    const casualty = suggestions.find((s) => s.kind === "CASUALTY_FIGURE");
    if (!casualty) throw new Error("no casualty suggestion");
    const accepted = await run(acceptOneSuggestion, editor, { suggestionId: casualty.id });
    expect(accepted.claim).toMatchObject({
      kind: "CASUALTY_FIGURE",
      exact: casualty.text,
      start: casualty.start,
      end: casualty.end,
      versionId: imported.versionId,
    });
    const claim = await prisma().claim.findUniqueOrThrow({
      where: { id: accepted.claim.id },
      include: { anchors: true },
    });
    expect(claim.normalizedValue).toEqual({ value: 9, category: "deaths" });
    expect(claim.anchors).toMatchObject([{ method: "CREATED", versionId: imported.versionId }]);
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { entityId: claim.id } });
    expect(audit).toMatchObject({ action: "claim.created", after: { suggestionId: casualty.id } });
    await expect(run(acceptOneSuggestion, editor, { suggestionId: casualty.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const after = await run(readSuggestions, editor, { articleId: imported.articleId });
    expect(after.suggestions.map((s) => s.id)).not.toContain(casualty.id);
  });

  it("takes the editor's kind instead, without the detected value", async () => {
    const imported = await importSample();
    const date = (await suggestionsOf(imported.versionId)).find((s) => s.kind === "DATE");
    const accepted = await run(acceptOneSuggestion, editor, { suggestionId: date?.id, kind: "OTHER" });
    const claim = await prisma().claim.findUniqueOrThrow({ where: { id: accepted.claim.id } });
    expect(claim).toMatchObject({ kind: "OTHER", normalizedValue: null });
  });

  it("refuses an approved article, and a suggestion of an older version", async () => {
    const imported = await importSample();
    const [first] = await suggestionsOf(imported.versionId);
    await prisma().article.update({ where: { id: imported.articleId }, data: { status: "APPROVED" } });
    await expect(run(acceptOneSuggestion, editor, { suggestionId: first?.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("approved"),
    });
    await importNextVersion(imported.articleId);
    await expect(run(acceptOneSuggestion, editor, { suggestionId: first?.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("newer version"),
    });
  });
});

describe("suggestions.dismiss", () => {
  it("is remembered for its version only: the next version's suggestions are fresh", async () => {
    const imported = await importSample();
    const friday = (await suggestionsOf(imported.versionId)).find(
      (s) => s.kind === "DATE" && s.text === "Friday",
    );
    if (!friday) throw new Error("no Friday suggestion");
    expect(await run(dismissOneSuggestion, editor, { suggestionId: friday.id })).toEqual({
      suggestionId: friday.id,
      status: "DISMISSED",
    });
    expect(await run(dismissOneSuggestion, editor, { suggestionId: friday.id })).toMatchObject({
      status: "DISMISSED",
    });
    const audit = await prisma().auditEvent.findMany({ where: { entityId: friday.id } });
    expect(audit).toMatchObject([{ action: "suggestion.dismissed", entityType: "Suggestion" }]);
    const listed = await run(readSuggestions, editor, { articleId: imported.articleId });
    expect(listed.suggestions.map((s) => s.id)).not.toContain(friday.id);

    const next = await importNextVersion(imported.articleId);
    const fresh = (await suggestionsOf(next.versionId)).find((s) => s.kind === "DATE" && s.text === "Friday");
    expect(fresh).toMatchObject({ status: "OPEN", start: friday.start });
    expect(await prisma().suggestion.findUnique({ where: { id: friday.id } })).toMatchObject({
      status: "DISMISSED",
    });
    const relisted = await run(readSuggestions, editor, { articleId: imported.articleId });
    expect(relisted).toMatchObject({ versionId: next.versionId, versionNumber: 2 });
    expect(relisted.suggestions.map((s) => s.id)).toContain(fresh?.id);
  });
});

describe("suggestions.acceptAll", () => {
  it("accepts every open suggestion of a kind, without a second claim on words already claimed", async () => {
    const imported = await importSample();
    const dates = (await suggestionsOf(imported.versionId)).filter((s) => s.kind === "DATE");
    expect(dates.length).toBeGreaterThan(2);
    const [claimedAlready] = dates;
    if (!claimedAlready) throw new Error("no date suggestion");
    await run(createClaim, editor, {
      articleId: imported.articleId,
      versionId: imported.versionId,
      start: claimedAlready.start,
      end: claimedAlready.end,
      exact: claimedAlready.text,
      kind: "DATE",
    });
    const result = await run(acceptSuggestionsOfKind, editor, {
      articleId: imported.articleId,
      kind: "DATE",
    });
    expect(result.claims).toHaveLength(dates.length - 1);
    expect(result.acceptedSuggestionIds.sort()).toEqual(dates.map((s) => s.id).sort());
    expect(result.claims.map((claim) => claim.exact)).toEqual(dates.slice(1).map((s) => s.text));
    const stored = await prisma().claim.findMany({
      where: { articleId: imported.articleId, kind: "DATE" },
      include: { anchors: true },
      orderBy: { positionStart: "asc" },
    });
    expect(stored).toHaveLength(dates.length);
    for (const claim of stored) expect(claim.anchors).toHaveLength(1);
    const detected = new Map(dates.map((s) => [`${s.start}:${s.end}`, s.normalizedValue]));
    for (const claim of stored.filter((c) => result.claims.some((view) => view.id === c.id))) {
      expect(claim.normalizedValue).toEqual(detected.get(`${claim.positionStart}:${claim.positionEnd}`));
    }
    expect(stored.filter((claim) => claim.normalizedValue !== null).length).toBeGreaterThan(0);
    const audits = await prisma().auditEvent.count({
      where: { articleId: imported.articleId, action: "claim.created" },
    });
    expect(audits).toBe(dates.length);
    const again = await run(acceptSuggestionsOfKind, editor, { articleId: imported.articleId, kind: "DATE" });
    expect(again).toEqual({ claims: [], acceptedSuggestionIds: [], skipped: 0 });
  });
});

describe("another workspace", () => {
  it("finds none of the article's suggestions", async () => {
    const imported = await importSample();
    const [first] = await suggestionsOf(imported.versionId);
    const articleId = imported.articleId;
    const attempts = [
      await executeAction(readSuggestions, rival, { articleId }),
      await executeAction(acceptOneSuggestion, rival, { suggestionId: first?.id }),
      await executeAction(dismissOneSuggestion, rival, { suggestionId: first?.id }),
      await executeAction(acceptSuggestionsOfKind, rival, { articleId, kind: "DATE" }),
    ];
    for (const result of attempts) expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run(readDetectionProgress, rival, { articleIds: [articleId] })).toEqual({
      pending: 0,
      articles: [],
    });
    expect(await prisma().suggestion.findUnique({ where: { id: first?.id } })).toMatchObject({
      status: "OPEN",
    });
  });
});
