// @vitest-environment jsdom
// Protects: an editor can mention a colleague by keyboard alone, and nothing typed is lost when posting fails.
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MemberOption } from "@/lib/members/find-member-options";
import { DiscussionComposer } from "./discussion-composer";

const MEMBERS: MemberOption[] = [
  { id: "ann", name: "Ann Lee", email: "ann@desk.example", role: "EDITOR" },
  { id: "bo", name: "Bo Checker", email: "bo@desk.example", role: "OWNER" },
];

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(onPost = vi.fn(async () => null as string | null), focusRequest = 0) {
  act(() =>
    root.render(<DiscussionComposer members={MEMBERS} focusRequest={focusRequest} onPost={onPost} />),
  );
  return onPost;
}

const textarea = () => container.querySelector("textarea") as HTMLTextAreaElement;
const listbox = () => container.querySelector("[role='listbox']");
const options = () => [...container.querySelectorAll("[role='option']")].map((option) => option.textContent);

/** Types as a browser would: the value changes and the caret sits at its end. */
function type(text: string) {
  const field = textarea();
  const value = field.value + text;
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(field, value);
    field.setSelectionRange(value.length, value.length);
    field.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

function press(key: string) {
  act(() => {
    textarea().dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
  });
}

async function submit() {
  await act(async () => {
    (container.querySelector("button[type='submit']") as HTMLButtonElement).click();
  });
}

describe("DiscussionComposer", () => {
  it("is labelled Comment and lists matching members after @", () => {
    render();
    expect(container.querySelector("label")?.textContent).toBe("Comment");
    type("Can @ch");
    expect(listbox()?.getAttribute("aria-label")).toBe("Members to mention");
    expect(options()).toEqual(["Bo Checker bo@desk.example"]);
    expect(textarea().getAttribute("aria-activedescendant")).toBe(
      container.querySelector("[role='option']")?.id,
    );
  });

  it("picks with arrows and Enter, inserting the full name, and posts the mention", async () => {
    const onPost = render();
    type("Hi @");
    expect(options()).toHaveLength(2);
    press("ArrowDown");
    press("Enter");
    expect(textarea().value).toBe("Hi @Bo Checker ");
    expect(listbox()).toBeNull();
    type("please check");
    await submit();
    expect(onPost).toHaveBeenCalledWith({ body: "Hi @Bo Checker please check", mentionedUserIds: ["bo"] });
    expect(textarea().value).toBe("");
  });

  it("closes the list on Esc (and only the list), and Tab picks too", () => {
    render();
    const panelKeys = vi.fn();
    window.addEventListener("keydown", panelKeys);
    type("@a");
    press("Escape");
    expect(listbox()).toBeNull();
    // The review workspace's Esc (close the claim) is not triggered by closing the list.
    expect(panelKeys).not.toHaveBeenCalled();
    press("Escape");
    expect(panelKeys).toHaveBeenCalledTimes(1);
    window.removeEventListener("keydown", panelKeys);
    type(" and @A");
    press("Tab");
    expect(textarea().value).toBe("@a and @Ann Lee ");
  });

  it("drops a picked mention whose name was deleted, and keeps the text when posting fails", async () => {
    const onPost = render(vi.fn(async () => "Someone you mentioned is not a member of this workspace."));
    type("@bo");
    press("Enter");
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(
        textarea(),
        "never mind",
      );
      textarea().dispatchEvent(new Event("input", { bubbles: true }));
    });
    await submit();
    expect(onPost).toHaveBeenCalledWith({ body: "never mind", mentionedUserIds: [] });
    expect(textarea().value).toBe("never mind");
    expect(container.querySelector("[role='alert']")?.textContent).toMatch(/not a member/);
  });

  it("focuses the field when the c shortcut asks, not on mount", () => {
    render(undefined, 3);
    expect(document.activeElement).not.toBe(textarea());
    render(undefined, 4);
    expect(document.activeElement).toBe(textarea());
  });
});
