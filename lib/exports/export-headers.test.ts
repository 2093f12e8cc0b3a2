// Protects: a download keeps its article's name in any script, and the name can never break the header.
import { describe, expect, it } from "vitest";
import { exportDownloadHeaders } from "./export-headers";
import { exportFilename } from "./filename";

const headers = (title: string) =>
  exportDownloadHeaders({ contentType: "text/csv; charset=utf-8", filename: exportFilename(title, "csv") });

describe("exportDownloadHeaders", () => {
  it("names a title in another script in UTF-8, with an ASCII fallback", () => {
    expect(headers("북한 Kim (발언)")["content-disposition"]).toBe(
      `attachment; filename="kim.csv"; filename*=UTF-8''${encodeURIComponent("북한-kim-발언.csv")}`,
    );
  });

  it("keeps quotes, line breaks and separators of a hostile title out of the header", () => {
    const disposition = headers('x"; filename=evil.html\r\nSet-Cookie: a=b')["content-disposition"];
    expect(disposition).toBe(
      `attachment; filename="x-filename-evil-html-set-cookie-a-b.csv"; filename*=UTF-8''x-filename-evil-html-set-cookie-a-b.csv`,
    );
  });
});
