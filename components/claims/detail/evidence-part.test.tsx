// @vitest-environment jsdom
// Protects: the evidence part shows sources as plain text with safe links, and its form can be found by
// label, opened by the shortcut, and keeps what was typed when the server refuses it.
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ClaimDetail, EvidenceView } from "@/lib/claims/claim-detail";
import { EvidencePart } from "./evidence-part";
import type { DetailPartProps } from "./types";

const actions = vi.hoisted(() => ({
  attachEvidenceAction: vi.fn(),
  removeEvidenceAction: vi.fn(),
  searchSourcesAction: vi.fn(async () => ({ ok: true, data: [] })),
}));
vi.mock("@/app/(workspace)/articles/[articleId]/evidence-actions", () => actions);
vi.mock("@/components/ui/link", () => ({
  Link: ({ href, children, ...props }: { href: string; children: React.ReactNode }) => (
    <a href={href} {...props}>
      {children}
    </a>
  ),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const source = {
  id: "s1",
  title: "Ministry briefing",
  url: "https://mod.example/briefing",
  publisher: "MoD",
  type: "GOVERNMENT" as const,
  reliability: 3,
  snapshot: { sha256: "ab".repeat(32), fetchedAt: new Date("2025-03-14T10:00:00Z") },
};

function evidence(overrides: Partial<EvidenceView>): EvidenceView {
  return {
    id: "e1",
    stance: "SUPPORTS",
    excerpt: null,
    accessedAt: new Date("2025-03-14T00:00:00Z"),
    createdByName: "Claire",
    createdAt: new Date(),
    source,
    ...overrides,
  };
}

const detail = {
  claim: { id: "c1" },
  articleId: "a1",
  decisions: [],
  evidence: [
    evidence({}),
    evidence({
      id: "e2",
      stance: "CONTEXT",
      excerpt: "<script>alert(1)</script><b>bold</b>",
      source: { ...source, id: "s2", title: "Blog", url: "javascript:alert(1)", snapshot: null },
    }),
  ],
  comments: [],
  timeline: [],
} as unknown as ClaimDetail;

let container: HTMLDivElement;
let root: Root;
const onChanged = vi.fn();

function render(props: Partial<DetailPartProps> = {}) {
  act(() =>
    root.render(
      <EvidencePart
        detail={detail}
        canEdit
        userId="u1"
        members={[]}
        onChanged={onChanged}
        focusRequest={0}
        {...props}
      />,
    ),
  );
}

function field(label: string): HTMLInputElement {
  const element = [...container.querySelectorAll("label")].find((item) => item.textContent === label);
  const control = element && document.getElementById(element.htmlFor);
  if (!control) throw new Error(`No field labelled ${label}`);
  return control as HTMLInputElement;
}

function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype = Object.getPrototypeOf(element);
  Object.getOwnPropertyDescriptor(prototype, "value")?.set?.call(element, value);
  element.dispatchEvent(new Event("input", { bubbles: true }));
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll("button")].find((item) => item.textContent === name);
  if (!found) throw new Error(`No button ${name}`);
  return found;
}

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  vi.clearAllMocks();
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe("EvidencePart", () => {
  it("groups sources by stance, links only web addresses, safely, and shows excerpts as text", () => {
    render();
    const headings = [...container.querySelectorAll("h4")].map((heading) => heading.textContent);
    expect(headings).toEqual(["Supporting (1)", "Context (1)"]);
    const link = container.querySelector<HTMLAnchorElement>(`a[href="${source.url}"]`);
    expect(link?.rel).toBe("noopener noreferrer nofollow");
    expect(link?.target).toBe("_blank");
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(container.querySelector("blockquote script, blockquote b")).toBeNull();
    expect(container.querySelector("blockquote")?.textContent).toBe("<script>alert(1)</script><b>bold</b>");
    expect(container.textContent).toContain("Government / official · Reliability 3/5");
    expect(container.textContent).toContain(`snapshot ${"ab".repeat(6)}`);
  });

  it("shows viewers no form and no remove buttons", () => {
    render({ canEdit: false });
    expect(container.querySelectorAll("button")).toHaveLength(0);
  });

  it("opens the form on the shortcut (not on mount) and focuses its first field", () => {
    render({ focusRequest: 4 });
    expect(container.querySelector("form")).toBeNull();
    render({ focusRequest: 5 });
    for (const label of ["Search sources", "Title", "URL", "Publisher", "Source type", "Reliability"]) {
      expect(field(label)).toBeTruthy();
    }
    for (const label of ["Stance", "Excerpt", "Accessed on"]) expect(field(label)).toBeTruthy();
    expect(document.activeElement).toBe(field("Search sources"));
    render({ focusRequest: 0 });
    expect(container.querySelector("form")).not.toBeNull();
  });

  it("attaches a new source; on a refusal keeps the text and shows why", async () => {
    render();
    act(() => button("Add source").click());
    act(() => type(field("Title"), "KCNA dispatch"));
    act(() => type(field("URL"), "ftp://kcna.example"));
    act(() => type(field("Excerpt") as unknown as HTMLTextAreaElement, "Nine died"));
    actions.attachEvidenceAction.mockResolvedValueOnce({
      ok: false,
      code: "INVALID_INPUT",
      error: "Only http and https addresses can be used for a source.",
    });
    await act(async () => button("Attach source").click());
    expect(actions.attachEvidenceAction).toHaveBeenCalledWith({
      claimId: "c1",
      newSource: {
        title: "KCNA dispatch",
        url: "ftp://kcna.example",
        publisher: "",
        type: "OTHER",
        reliability: null,
      },
      stance: "SUPPORTS",
      excerpt: "Nine died",
      accessedAt: null,
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/Only http and https/);
    expect(field("Title").value).toBe("KCNA dispatch");
    expect(onChanged).not.toHaveBeenCalled();

    actions.attachEvidenceAction.mockResolvedValueOnce({ ok: true, data: {} });
    await act(async () => button("Attach source").click());
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(container.querySelector("form")).toBeNull();
  });
});
