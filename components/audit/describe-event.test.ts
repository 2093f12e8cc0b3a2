// Protects: every step of a review reads as a plain sentence in the timelines, whatever shape the log holds.
import { describe, expect, it } from "vitest";
import { describeEvent } from "./describe-event";

const claimEvent = (action: string, before: unknown, after: unknown) =>
  describeEvent({ action, entityType: "Claim", before, after });

describe("describeEvent", () => {
  it("tells of share links, imported annotations, API tokens and dismissed suggestions", () => {
    const article = (action: string, after: unknown) =>
      describeEvent({ action, entityType: "Article", before: null, after }).summary;
    expect(article("article.share_link_created", { expiresAt: "2026-12-06T10:00:00.000Z" })).toBe(
      "created a share link to the report, expiring 6 Dec 2026",
    );
    expect(article("article.share_link_revoked", {})).toBe("revoked a share link to the report");
    expect(article("article.annotations_imported", { created: 3 })).toBe(
      "imported W3C annotations: 3 claims",
    );
    expect(
      describeEvent({
        action: "api_token.created",
        entityType: "ApiToken",
        before: null,
        after: { name: "CMS" },
      }).summary,
    ).toBe("created the API token “CMS”");
    expect(
      describeEvent({
        action: "suggestion.dismissed",
        entityType: "Suggestion",
        before: null,
        after: { exact: "nine lives" },
      }).summary,
    ).toBe("dismissed the suggestion “nine lives”");
  });

  it("says which verdict was set, from what, as of when, with the rationale", () => {
    const description = claimEvent(
      "claim.verdict_set",
      { verdict: "UNREVIEWED" },
      { verdict: "FALSE", rationale: "KCNA denied it.", asOf: "2025-12-03T00:00:00.000Z" },
    );
    expect(description.summary).toBe("set the verdict to “False”, as of 3 Dec 2025");
    expect(description.changes).toEqual([{ label: "Verdict", from: "Unreviewed", to: "False" }]);
    expect(description.details).toEqual([{ label: "Rationale", text: "KCNA denied it." }]);
  });

  it("names the source and stance of added and removed evidence, with the excerpt", () => {
    const added = claimEvent("claim.evidence_added", null, {
      sourceTitle: "Reuters report",
      stance: "SUPPORTS",
      excerpt: "Nine soldiers died.",
    });
    expect(added.summary).toBe("attached “Reuters report” as supporting evidence");
    expect(added.details).toEqual([{ label: "Excerpt", text: "Nine soldiers died." }]);
    const removed = claimEvent("claim.evidence_removed", { sourceTitle: "Blog", stance: "REFUTES" }, null);
    expect(removed.summary).toBe("removed refuting evidence “Blog”");
  });

  it("shows a review state change as before → after, with the reason", () => {
    const description = describeEvent({
      action: "article.status_changed",
      entityType: "Article",
      before: null,
      after: { from: "IN_REVIEW", to: "READY_FOR_SIGNOFF", reason: "All claims checked" },
    });
    expect(description.summary).toBe("moved the article to “Ready for sign-off”");
    expect(description.changes).toEqual([
      { label: "Review state", from: "In review", to: "Ready for sign-off" },
    ]);
    expect(description.details).toEqual([{ label: "Reason", text: "All claims checked" }]);
  });

  it("tells an owner's override from a plain sign-off", () => {
    const plain = describeEvent({
      action: "article.signed_off",
      entityType: "Article",
      before: null,
      after: {},
    });
    expect(plain.summary).toBe("signed off the article");
    const override = describeEvent({
      action: "article.signed_off",
      entityType: "Article",
      before: null,
      after: { override: "The second editor is on leave" },
    });
    expect(override.summary).toBe("approved the article with an owner's override");
    expect(override.details).toEqual([{ label: "Override reason", text: "The second editor is on leave" }]);
  });

  it("names the signed-off version and who set its verdicts", () => {
    const description = describeEvent({
      action: "article.signed_off",
      entityType: "Article",
      before: null,
      after: {
        versionNumber: 2,
        signedOffBy: { name: "Bo" },
        verdictsSetBy: [{ name: "Ann", claims: 3 }, { name: "Cy", claims: 1 }, "junk"],
      },
    });
    expect(description.summary).toBe("signed off version 2 of the article");
    expect(description.details).toEqual([{ label: "Verdicts set by", text: "Ann (3 claims), Cy (1 claim)" }]);
  });

  it("explains a verdict reopened by a new version, with the words before and after", () => {
    const description = claimEvent(
      "claim.verdict_reopened",
      { verdict: "VERIFIED", exact: "nine lives" },
      {
        verdict: "UNREVIEWED",
        reason: "Reopened: the claimed text changed in version 2.",
        exact: "ten lives",
      },
    );
    expect(description).toMatchObject({
      summary: "reopened the claim for review (was “Verified”)",
      changes: [{ label: "Words", from: "nine lives", to: "ten lives" }],
      details: [{ label: "Reason", text: "Reopened: the claimed text changed in version 2." }],
      quote: "ten lives",
    });
  });

  it("names assignees by name and never shows a raw id", () => {
    expect(claimEvent("claim.assigned", {}, { from: null, to: "Ann Editor" }).summary).toBe(
      "assigned the claim to Ann Editor",
    );
    expect(claimEvent("claim.assigned", {}, { to: { id: "x", name: "Bo" } }).summary).toBe(
      "assigned the claim to Bo",
    );
    const byId = claimEvent("claim.assigned", {}, { to: "cmabc123def456ghi789jkl0" });
    expect(byId.summary).toBe("changed who reviews the claim");
    expect(claimEvent("claim.assigned", { to: "Ann" }, { to: null }).summary).toBe("unassigned the claim");
    const stored = describeEvent({
      action: "article.assigned",
      entityType: "Article",
      before: { assigneeId: "cmabc123def456ghi789jkl0", assigneeName: "Ann", dueAt: null },
      after: {
        assigneeId: "cmzzz123def456ghi789jkl0",
        assigneeName: "Bo",
        dueAt: "2026-03-12T00:00:00.000Z",
      },
    });
    expect(stored).toMatchObject({
      summary: "assigned the article to Bo, due 12 Mar 2026",
      changes: [
        { label: "Assignee", from: "Ann", to: "Bo" },
        { label: "Due", from: undefined, to: "12 Mar 2026" },
      ],
    });
    const cleared = claimEvent(
      "claim.assigned",
      { assigneeId: "cmabc123def456ghi789jkl0", assigneeName: "Ann" },
      { assigneeId: null, assigneeName: null },
    );
    expect(cleared).toMatchObject({
      summary: "unassigned the claim",
      changes: [{ from: "Ann", to: undefined }],
    });
  });

  it("carries the claim's quote so the article timeline can name the claim", () => {
    const created = claimEvent("claim.created", null, { exact: "nine lives,", kind: "CASUALTY_FIGURE" });
    expect(created).toMatchObject({ summary: "added the claim (casualty figure)", quote: "nine lives," });
    expect(claimEvent("claim.deleted", { exact: "gone" }, null).quote).toBe("gone");
    expect(claimEvent("claim.commented", null, { body: "@ann look" }).quote).toBeUndefined();
  });

  it("lists only the fields an edit changed", () => {
    const description = claimEvent(
      "claim.updated",
      { kind: "NUMBER", note: "old" },
      { kind: "NUMBER", note: "new" },
    );
    expect(description.changes).toEqual([{ label: "Note", from: "old", to: "new" }]);
  });

  it("survives missing, wrong-typed and hostile fields", () => {
    const odd = claimEvent("claim.verdict_set", "not an object", [1, 2]);
    expect(odd.summary).toBe("set the verdict");
    const typed = claimEvent("claim.verdict_set", { verdict: 7 }, { verdict: "<img src=x>", asOf: "nope" });
    expect(typed.summary).toBe("set the verdict to “<img src=x>”");
    expect(typed.changes).toEqual([]);
    const long = claimEvent("claim.commented", null, { body: "x".repeat(5000) });
    expect(long.details[0]?.text.length).toBeLessThanOrEqual(400);
  });

  it("falls back to a generic sentence for an action it does not know", () => {
    const description = describeEvent({
      action: "claim.frozen_for_print",
      entityType: "ArticleVersion",
      before: null,
      after: null,
    });
    expect(description.summary).toBe("recorded “frozen for print” on the article version");
    expect(description.changes).toEqual([]);
  });

  it("describes membership events without personal ids", () => {
    const changed = describeEvent({
      action: "member.role_changed",
      entityType: "Membership",
      before: { userId: "u1", role: "EDITOR" },
      after: { userId: "u1", role: "OWNER" },
    });
    expect(changed).toMatchObject({
      summary: "changed a member's role",
      changes: [{ label: "Role", from: "Editor", to: "Owner" }],
    });
  });
});
