import { describe, expect, it } from "vitest";
import { asciiFilename, exportFilename } from "./filename";

describe("exportFilename", () => {
  it("makes a lower-case hyphenated name without path or quote characters", () => {
    expect(exportFilename("North's Kim makes rare acknowledgement", "csv")).toBe(
      "north-s-kim-makes-rare-acknowledgement.csv",
    );
    expect(exportFilename('../../etc/passwd "x"\r\n', "md")).toBe("etc-passwd-x.md");
    expect(exportFilename("Café Zürich — 2025", "pdf")).toBe("cafe-zurich-2025.pdf");
  });

  it("keeps letters of other scripts, cuts long titles on a hyphen, and never returns an empty name", () => {
    expect(exportFilename("북한 김정은 발언", "html")).toBe("북한-김정은-발언.html");
    expect(exportFilename("word ".repeat(40), "csv")).toMatch(/^(word-){15}word\.csv$/);
    expect(exportFilename("!!!", "csv")).toBe("article.csv");
    expect(asciiFilename("북한-kim.csv")).toBe("kim.csv");
    expect(asciiFilename("북한.csv")).toBe("article.csv");
  });
});
