// @vitest-environment jsdom
// Protects: a claim is assigned from one labelled select of the members who can review, and a conflict names
// the editor's own choice while the panel shows the current one.
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ClaimDetail } from "@/lib/claims/claim-detail";
import type { MemberOption } from "@/lib/members/find-member-options";
import { AssignPart } from "./assign-part";

const assignClaimAction = vi.fn();
vi.mock("@/app/(workspace)/articles/[articleId]/assignment-actions", () => ({
  assignClaimAction: (input: unknown) => assignClaimAction(input),
}));

const MEMBERS: MemberOption[] = [
  { id: "ann", name: "Ann Lee", email: "ann@desk.example", role: "EDITOR" },
  { id: "bo", name: "Bo Checker", email: "bo@desk.example", role: "OWNER" },
  { id: "vic", name: "Vic Viewer", email: "vic@desk.example", role: "VIEWER" },
];
const DETAIL = { claim: { id: "claim-1", revision: 4, assigneeId: null } } as unknown as ClaimDetail;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  assignClaimAction.mockReset();
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(onChanged = vi.fn(), focusRequest = 0) {
  act(() =>
    root.render(
      <AssignPart
        detail={DETAIL}
        canEdit
        userId="ann"
        members={MEMBERS}
        onChanged={onChanged}
        focusRequest={focusRequest}
      />,
    ),
  );
  return onChanged;
}

const select = () => container.querySelector("select") as HTMLSelectElement;

async function choose(value: string) {
  await act(async () => {
    select().value = value;
    select().dispatchEvent(new Event("change", { bubbles: true }));
  });
}

describe("AssignPart", () => {
  it("offers Unassigned and the editors and owners, under the label Assignee", () => {
    render();
    const label = container.querySelector("label");
    expect(label?.textContent).toBe("Assignee");
    expect(label?.getAttribute("for")).toBe(select().id);
    expect([...select().options].map((option) => option.text)).toEqual([
      "Unassigned",
      "Ann Lee",
      "Bo Checker",
    ]);
  });

  it("saves on change with the revision it started from and hands the claim back", async () => {
    const updated = { id: "claim-1", revision: 5, assigneeId: "bo" };
    assignClaimAction.mockResolvedValue({ ok: true, data: updated });
    const onChanged = render();
    await choose("bo");
    expect(assignClaimAction).toHaveBeenCalledWith({ claimId: "claim-1", revision: 4, assigneeId: "bo" });
    expect(onChanged).toHaveBeenCalledWith(updated);
    // Until the panel's re-read arrives, the select keeps showing the choice rather than the old value.
    expect(select().value).toBe("bo");
  });

  it("on a conflict, names the editor's choice and asks the panel to re-read", async () => {
    assignClaimAction.mockResolvedValue({
      ok: false,
      code: "CONFLICT",
      error: "Someone changed this claim.",
    });
    const onChanged = render();
    await choose("ann");
    expect(container.querySelector("[role='alert']")?.textContent).toBe(
      "Someone changed this claim. You chose: Ann Lee.",
    );
    expect(onChanged).toHaveBeenCalledWith();
  });

  it("focuses the select when the a shortcut asks, not on mount", () => {
    render(vi.fn(), 2);
    expect(document.activeElement).not.toBe(select());
    render(vi.fn(), 5);
    expect(document.activeElement).toBe(select());
  });
});
