import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ArticleExport } from "./article-export";
import { CSV_COLUMNS, csvCell, renderCsv } from "./csv";
import { sampleExportContext } from "./testing/sample-export";

function rows(body: string | Uint8Array): string[][] {
  // Strict RFC 4180: CRLF records only; a bare LF may appear only inside a quoted field.
  return parse(body as string, { bom: true, record_delimiter: "\r\n", relax_quotes: false });
}

describe("renderCsv", () => {
  const context = sampleExportContext();
  const rendered = renderCsv(context);
  const body = rendered.body as string;

  it("starts with a UTF-8 byte order mark and ends every record with CRLF", () => {
    expect(body.startsWith("\uFEFFnumber,claim_id,")).toBe(true);
    expect(body.endsWith("\r\n")).toBe(true);
    expect(rendered.contentType).toBe("text/csv; charset=utf-8; header=present");
    expect(rendered.filename.endsWith(".csv")).toBe(true);
  });

  it("round-trips through an RFC 4180 parser: one row per claim under the documented header", () => {
    const [header, ...records] = rows(body);
    expect(header).toEqual(CSV_COLUMNS.map((column) => column.name));
    expect(records).toHaveLength(context.data.claims.length);
    const at = (record: string[] | undefined, name: string) =>
      record?.[CSV_COLUMNS.findIndex((c) => c.name === name)];
    for (const [index, claim] of context.data.claims.entries()) {
      const record = records[index];
      expect(at(record, "number")).toBe(String(claim.number));
      expect(at(record, "quote")).toBe(claim.exact);
      expect(at(record, "start")).toBe(String(claim.start));
      expect(at(record, "verdict")).toBe(claim.verdict);
    }
    const misleading = records.find((record) => at(record, "verdict") === "MISLEADING");
    // Commas, doubled quotes and a Markdown/HTML rationale come back exactly.
    expect(at(misleading, "rationale")).toBe(context.data.claims[2]?.decision?.rationale);
    expect(at(misleading, "sources")).toContain(
      ' | refutes: NIS briefing to the National Assembly | "casualties"',
    );
    expect([at(misleading, "supporting"), at(misleading, "refuting"), at(misleading, "context")]).toEqual([
      "1",
      "1",
      "1",
    ]);
    const disputed = records.find((record) => at(record, "verdict") === "DISPUTED");
    expect(at(disputed, "rationale")).toBe("KCNA says May 28;\nthe NIS briefing says early June.");
  });

  it("neutralizes cells a spreadsheet would run as a formula", () => {
    const data: ArticleExport = structuredClone(context.data);
    const attacks = [
      '=HYPERLINK("https://evil.example","click")',
      "+1",
      "-2",
      "@SUM(A1:A9)",
      "\t=1+1",
      "\r=1+1",
    ];
    attacks.forEach((note, index) => {
      const claim = data.claims[index];
      if (claim) claim.note = note;
    });
    const [header, ...records] = rows(renderCsv({ ...context, data }).body);
    const noteIndex = header?.indexOf("note") ?? -1;
    expect(records.slice(0, attacks.length).map((record) => record[noteIndex])).toEqual(
      attacks.map((attack) => `'${attack}`),
    );
  });

  it("keeps its own numbers numeric and quotes only when needed", () => {
    expect(csvCell(-1)).toBe("-1");
    expect(csvCell(0)).toBe("0");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell(null)).toBe("");
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvCell("=1,2")).toBe(`"'=1,2"`);
  });

  it("documents every column", () => {
    for (const column of CSV_COLUMNS) expect(column.meaning.length).toBeGreaterThan(10);
  });
});
