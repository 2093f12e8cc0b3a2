// @vitest-environment jsdom
// Protects: the verdict part shows the rationale safely, says what a verdict still needs, answers the 1–7
// keys, and on a conflict keeps what the editor typed beside the newer verdict.
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ClaimDetail, DecisionView } from "@/lib/claims/claim-detail";
import type { Verdict } from "@/lib/generated/prisma/enums";
import { VerdictPart } from "./verdict-part";

const setVerdictAction = vi.fn();
vi.mock("@/app/(workspace)/articles/[articleId]/verdict-actions", () => ({
  setVerdictAction: (input: unknown) => setVerdictAction(input),
}));

function decision(verdict: Verdict, rationale: string, setByName = "Vera Verdict"): DecisionView {
  return {
    id: `${verdict}-${rationale.length}`,
    verdict,
    rationale,
    attempts: null,
    asOf: new Date("2025-01-15T00:00:00Z"),
    setById: "vera",
    setByName,
    createdAt: new Date("2025-01-16T10:00:00Z"),
  };
}

function detailOf(verdict: Verdict, revision: number, decisions: DecisionView[] = []): ClaimDetail {
  return {
    claim: { id: "claim-1", verdict, revision },
    articleId: "article-1",
    decisions,
    evidence: [{ stance: "REFUTES" }],
    comments: [],
    timeline: [],
  } as unknown as ClaimDetail;
}

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  setVerdictAction.mockReset();
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

type RenderOptions = { focusRequest?: number; requestedVerdict?: Verdict | null; canEdit?: boolean };

function render(detail: ClaimDetail, onChanged = vi.fn(), options: RenderOptions = {}) {
  act(() =>
    root.render(
      <VerdictPart
        detail={detail}
        canEdit={options.canEdit ?? true}
        userId="sam"
        members={[]}
        onChanged={onChanged}
        focusRequest={options.focusRequest ?? 0}
        requestedVerdict={options.requestedVerdict ?? null}
      />,
    ),
  );
  return onChanged;
}

const field = <T extends Element>(label: string) => {
  const labelElement = [...container.querySelectorAll("label")].find((item) => item.textContent === label);
  const id = labelElement?.getAttribute("for");
  return id ? (document.getElementById(id) as T | null) : null;
};
const select = () => field<HTMLSelectElement>("Verdict") as HTMLSelectElement;
const rationale = () => field<HTMLTextAreaElement>("Rationale") as HTMLTextAreaElement;

function choose(verdict: Verdict) {
  act(() => {
    select().value = verdict;
    select().dispatchEvent(new Event("change", { bubbles: true }));
  });
}

function type(element: HTMLTextAreaElement, text: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(element, text);
    element.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

async function submit() {
  await act(async () => {
    container.querySelector("form")?.requestSubmit();
  });
}

describe("VerdictPart", () => {
  it("shows the current verdict with its rationale rendered and sanitized", () => {
    const unsafe =
      '**Two** sources <img src=x onerror="alert(1)"> [bulletin](https://example.org) [x](javascript:alert(1))';
    render(detailOf("FALSE", 3, [decision("FALSE", unsafe)]), vi.fn(), { canEdit: false });
    expect(container.querySelector("strong")?.textContent).toBe("Two");
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelectorAll("a")).toHaveLength(1);
    expect(container.querySelector("a")?.getAttribute("rel")).toBe("noopener noreferrer nofollow");
    expect(container.textContent).toContain("As of 15 Jan 2025");
    expect(container.textContent).toContain("set by Vera Verdict");
    expect(container.querySelector("form")).toBeNull();
  });

  it("lists earlier decisions, newest first", () => {
    render(
      detailOf("FALSE", 3, [decision("FALSE", "Now false."), decision("DISPUTED", "Was disputed, long.")]),
    );
    const earlier = container.querySelector("details");
    expect(earlier?.querySelector("summary")?.textContent).toBe("Earlier decisions (1)");
    expect(earlier?.textContent).toContain("Was disputed, long.");
  });

  it("offers the scale in key order with the key numbers", () => {
    render(detailOf("UNREVIEWED", 0));
    expect([...select().options].map((option) => option.text)).toEqual([
      "1 Verified",
      "2 Mostly accurate",
      "3 Misleading",
      "4 Disputed",
      "5 False",
      "6 Unverifiable",
      "7 Unreviewed",
    ]);
  });

  it("says in advance what the chosen verdict still needs, and asks what was tried only for unverifiable", () => {
    render(detailOf("UNREVIEWED", 0));
    choose("VERIFIED");
    expect(container.textContent).toContain(
      "“Verified” needs a rationale explaining the verdict and at least one source attached as supporting evidence.",
    );
    expect(field("What was tried")).toBeNull();
    choose("FALSE");
    type(rationale(), "The bulletin says otherwise.");
    expect(container.textContent).not.toContain("needs");
    choose("UNVERIFIABLE");
    expect(field("What was tried")).not.toBeNull();
  });

  it("preselects the verdict of a 1–7 key and focuses the rationale, but not on mount", () => {
    render(detailOf("UNREVIEWED", 0), vi.fn(), { focusRequest: 1, requestedVerdict: "FALSE" });
    expect(select().value).toBe("UNREVIEWED");
    expect(document.activeElement).not.toBe(rationale());
    render(detailOf("UNREVIEWED", 0), vi.fn(), { focusRequest: 2, requestedVerdict: "FALSE" });
    expect(select().value).toBe("FALSE");
    expect(document.activeElement).toBe(rationale());
  });

  it("sets the verdict on the revision it started from and hands the claim back", async () => {
    const updated = { id: "claim-1", verdict: "FALSE", revision: 4 };
    setVerdictAction.mockResolvedValue({ ok: true, data: updated });
    const onChanged = render(detailOf("UNREVIEWED", 3));
    choose("FALSE");
    type(rationale(), "The bulletin says otherwise.");
    await submit();
    expect(setVerdictAction).toHaveBeenCalledWith(
      expect.objectContaining({
        claimId: "claim-1",
        revision: 3,
        verdict: "FALSE",
        rationale: "The bulletin says otherwise.",
      }),
    );
    expect(setVerdictAction.mock.calls[0]?.[0].asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(onChanged).toHaveBeenCalledWith(updated);
  });

  it("on a conflict keeps the editor's text beside the newer verdict, and sets it again on the new revision", async () => {
    setVerdictAction.mockResolvedValueOnce({
      ok: false,
      code: "CONFLICT",
      error: "Someone else changed this claim while you were editing.",
    });
    const onChanged = render(detailOf("UNREVIEWED", 3));
    choose("FALSE");
    type(rationale(), "My reading of the bulletin.");
    await submit();
    expect(onChanged).toHaveBeenCalledWith();
    expect(container.querySelector("[role='alert']")?.textContent).toMatch(/Someone else changed this claim/);
    // The panel reads the claim again: someone else's verdict arrived.
    render(detailOf("VERIFIED", 4, [decision("VERIFIED", "Their reading.", "Olga Other")]), onChanged);
    expect(select().value).toBe("FALSE");
    expect(rationale().value).toBe("My reading of the bulletin.");
    const newer = container.querySelector("section[aria-label='Newer verdict']");
    expect(newer?.textContent).toContain("Their reading.");
    expect(newer?.textContent).toContain("Olga Other");
    setVerdictAction.mockResolvedValueOnce({
      ok: true,
      data: { id: "claim-1", verdict: "FALSE", revision: 5 },
    });
    await submit();
    expect(setVerdictAction.mock.calls[1]?.[0]).toMatchObject({
      revision: 4,
      rationale: "My reading of the bulletin.",
    });
  });
});
