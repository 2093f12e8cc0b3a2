// @vitest-environment jsdom
// Protects: the header offers only the review step the status allows, names who set the verdicts before a
// sign-off, and offers the override (with its reason) only to an owner the two-person rule blocks.
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import type { SignOffCheck } from "@/lib/review/check-sign-off";
import { ReviewControls, type ReviewControlsProps } from "./review-controls";

const actions = {
  submitForReviewAction: vi.fn(),
  markReadyForSignOffAction: vi.fn(),
  signOffAction: vi.fn(),
  reopenReviewAction: vi.fn(),
  checkSignOffAction: vi.fn(),
};
vi.mock("@/app/(workspace)/articles/[articleId]/review-actions", () => ({
  submitForReviewAction: (input: unknown) => actions.submitForReviewAction(input),
  markReadyForSignOffAction: (input: unknown) => actions.markReadyForSignOffAction(input),
  signOffAction: (input: unknown) => actions.signOffAction(input),
  reopenReviewAction: (input: unknown) => actions.reopenReviewAction(input),
  checkSignOffAction: (input: unknown) => actions.checkSignOffAction(input),
}));
const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  for (const action of Object.values(actions)) action.mockReset();
  refresh.mockReset();
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const NO_APPROVAL: ReviewControlsProps["approval"] = {
  byName: null,
  at: null,
  override: null,
  versionNumber: null,
};

function render(
  status: ReviewStatus,
  options: { canEdit?: boolean; approval?: ReviewControlsProps["approval"] } = {},
) {
  act(() =>
    root.render(
      <ReviewControls
        articleId="article-1"
        status={status}
        revision={7}
        canEdit={options.canEdit ?? true}
        isCurrentVersion
        approval={options.approval ?? NO_APPROVAL}
      />,
    ),
  );
}

const buttons = () => [...container.querySelectorAll("button")].map((button) => button.textContent);
const button = (text: string) =>
  [...container.querySelectorAll("button")].find((item) => item.textContent === text) as HTMLButtonElement;

async function click(text: string) {
  await act(async () => {
    button(text).click();
  });
}

function check(overrides: Partial<SignOffCheck>): SignOffCheck {
  return {
    status: "READY_FOR_SIGNOFF",
    revision: 7,
    open: { unreviewed: 0, orphaned: 0 },
    setters: [{ name: "Vera Verdict", claims: 2, isYou: false }],
    isBlocked: false,
    canOverride: false,
    ...overrides,
  };
}

describe("ReviewControls", () => {
  it.each<[ReviewStatus, string[]]>([
    ["DRAFT", ["Submit for review"]],
    ["IN_REVIEW", ["Mark ready for sign-off"]],
    ["READY_FOR_SIGNOFF", ["Sign off", "Reopen review"]],
    ["APPROVED", ["Reopen review"]],
  ])("offers an editor of a %s article: %j", (status, expected) => {
    render(status);
    expect(buttons()).toEqual(expected);
  });

  it("offers a viewer no step, only the status and the approval", () => {
    const at = new Date("2025-03-02T09:00:00Z");
    render("APPROVED", {
      canEdit: false,
      approval: { byName: "Sam Second", at, override: null, versionNumber: 2 },
    });
    expect(buttons()).toEqual([]);
    expect(container.textContent).toContain("Approved by Sam Second on 2 Mar 2025 (version 2)");
  });

  it("shows an owner's override reason with the approval", () => {
    const at = new Date("2025-03-02T09:00:00Z");
    render("IN_REVIEW", {
      approval: { byName: "Olive", at, override: "Night desk alone.", versionNumber: 1 },
    });
    expect(container.textContent).toContain("Last approved by Olive on 2 Mar 2025 (version 1)");
    expect(container.textContent).toContain("Owner override: “Night desk alone.”");
  });

  it("submits with the revision shown, refreshes on success and shows a refusal inline", async () => {
    actions.markReadyForSignOffAction.mockResolvedValueOnce({
      ok: false,
      code: "INVALID_INPUT",
      error: "Set a verdict on 2 unreviewed claims before marking it ready for sign-off.",
    });
    render("IN_REVIEW");
    await click("Mark ready for sign-off");
    expect(actions.markReadyForSignOffAction).toHaveBeenCalledWith({ articleId: "article-1", revision: 7 });
    expect(container.querySelector("[role='alert']")?.textContent).toMatch(/2 unreviewed claims/);
    expect(refresh).not.toHaveBeenCalled();
    actions.markReadyForSignOffAction.mockResolvedValueOnce({ ok: true, data: {} });
    await click("Mark ready for sign-off");
    expect(refresh).toHaveBeenCalled();
    expect(container.querySelector("[role='alert']")).toBeNull();
  });

  it("names who set the verdicts before a second editor confirms the sign-off", async () => {
    actions.checkSignOffAction.mockResolvedValue({ ok: true, data: check({}) });
    actions.signOffAction.mockResolvedValue({ ok: true, data: {} });
    render("READY_FOR_SIGNOFF");
    await click("Sign off");
    expect(container.textContent).toContain("Verdicts set by Vera Verdict (2 claims).");
    expect(container.querySelector("#override-reason")).toBeNull();
    await click("Confirm sign-off");
    expect(actions.signOffAction).toHaveBeenCalledWith({ articleId: "article-1", revision: 7 });
    expect(refresh).toHaveBeenCalled();
  });

  it("tells an editor who set verdicts that a second editor must sign off, with no way around it", async () => {
    actions.checkSignOffAction.mockResolvedValue({
      ok: true,
      data: check({ setters: [{ name: "Me", claims: 3, isYou: true }], isBlocked: true }),
    });
    render("READY_FOR_SIGNOFF");
    await click("Sign off");
    expect(container.textContent).toContain("You set verdicts on 3 claims; a second editor must sign off.");
    expect(buttons()).toEqual(["Sign off", "Reopen review"]);
  });

  it("lets a blocked owner override with a reason", async () => {
    actions.checkSignOffAction.mockResolvedValue({
      ok: true,
      data: check({ setters: [{ name: "Me", claims: 1, isYou: true }], isBlocked: true, canOverride: true }),
    });
    actions.signOffAction.mockResolvedValue({ ok: true, data: {} });
    render("READY_FOR_SIGNOFF");
    await click("Sign off");
    const label = [...container.querySelectorAll("label")].find(
      (item) => item.textContent === "Override reason",
    );
    const reason = document.getElementById(label?.getAttribute("for") ?? "") as HTMLTextAreaElement;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(
        reason,
        "Alone tonight.",
      );
      reason.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await click("Sign off with override");
    expect(actions.signOffAction).toHaveBeenCalledWith({
      articleId: "article-1",
      revision: 7,
      override: { reason: "Alone tonight." },
    });
  });
});
