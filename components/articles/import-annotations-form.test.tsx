// @vitest-environment jsdom
// Protects: an editor importing annotations learns how many claims were created and which
// annotations could not be placed, and a file that is not JSON never reaches the server.
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ImportAnnotationsForm } from "./import-annotations-form";

const importAnnotationsAction = vi.fn();
vi.mock("@/app/(workspace)/articles/[articleId]/annotation-actions", () => ({
  importAnnotationsAction: (input: unknown) => importAnnotationsAction(input),
}));

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  importAnnotationsAction.mockReset();
  act(() => root.render(<ImportAnnotationsForm articleId="article-1" />));
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function importFile(content: string) {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error("no file input");
  const file = new File([content], "annotations.jsonld", { type: "application/ld+json" });
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => input.dispatchEvent(new Event("change", { bubbles: true })));
  const button = [...container.querySelectorAll("button")].find(
    (item) => item.textContent === "Import annotations",
  );
  await act(async () => button?.click());
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe("ImportAnnotationsForm", () => {
  it("labels the file input and sends the parsed file with the article", async () => {
    expect(container.querySelector("label")?.textContent).toBe("W3C annotations file");
    importAnnotationsAction.mockResolvedValue({
      ok: true,
      data: {
        created: 3,
        verdictsSet: 1,
        evidenceAdded: 2,
        sourcesCreated: 0,
        sourcesMatched: 1,
        unanchored: [
          {
            name: "Annotation 5",
            quote: "1,200 soldiers were killed",
            reason: "its words were not found in this version",
          },
        ],
        notices: [],
      },
    });
    await importFile('{"type":"Annotation","target":"https://a.example/"}');
    expect(importAnnotationsAction).toHaveBeenCalledWith({
      articleId: "article-1",
      collection: { type: "Annotation", target: "https://a.example/" },
    });
    expect(container.textContent).toContain("3 claims created, 1 verdict set, 2 pieces of evidence added.");
    expect(container.textContent).toContain("1 annotation could not be anchored:");
    expect(container.textContent).toContain(
      "“1,200 soldiers were killed”: its words were not found in this version",
    );
  });

  it("says a file is not JSON without asking the server", async () => {
    await importFile("<html>not json</html>");
    expect(importAnnotationsAction).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/not JSON/);
  });

  it("shows the server's message when the import is refused", async () => {
    importAnnotationsAction.mockResolvedValue({
      ok: false,
      code: "INVALID_INPUT",
      error: "This is not W3C Web Annotation data.",
    });
    await importFile("[]");
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      "This is not W3C Web Annotation data.",
    );
  });
});
