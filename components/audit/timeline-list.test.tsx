// Protects: a timeline says who did what and when, and text from the log can never become markup.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { TimelineEntry } from "@/lib/audit/timeline";
import { TimelineList } from "./timeline-list";

const entry = (overrides: Partial<TimelineEntry>): TimelineEntry => ({
  id: "1",
  action: "claim.verdict_set",
  entityType: "Claim",
  entityId: "claim-1",
  actorName: "Ann Editor",
  createdAt: new Date("2026-03-10T16:30:05Z"),
  before: { verdict: "UNREVIEWED" },
  after: { verdict: "FALSE", rationale: "<script>alert(1)</script>", exact: "nine lives" },
  ...overrides,
});

describe("TimelineList", () => {
  it("shows who, what, before → after and an exact time", () => {
    const html = renderToStaticMarkup(<TimelineList entries={[entry({})]} />);
    expect(html).toContain("Ann Editor</span> set the verdict to “False”");
    expect(html).toContain("Unreviewed</span>");
    expect(html).toContain('<time dateTime="2026-03-10T16:30:05.000Z" title="2026-03-10 16:30:05 UTC"');
    expect(html).toContain("10 Mar 2026, 16:30 UTC");
  });

  it("escapes every value from the log", () => {
    const html = renderToStaticMarkup(
      <TimelineList entries={[entry({ actorName: "<img src=x onerror=alert(1)>" })]} showClaimQuotes />,
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("names the claim only where asked (the article timeline)", () => {
    expect(renderToStaticMarkup(<TimelineList entries={[entry({})]} />)).not.toContain("<q");
    expect(renderToStaticMarkup(<TimelineList entries={[entry({})]} showClaimQuotes />)).toContain(
      '<q class="italic">nine lives</q>',
    );
  });

  it("falls back to the claim's known quote when the event carries none", () => {
    const plain = entry({ after: { verdict: "FALSE" } });
    const html = renderToStaticMarkup(
      <TimelineList entries={[plain]} showClaimQuotes claimQuotes={{ "claim-1": "<b>nine</b> lives" }} />,
    );
    expect(html).toContain('<q class="italic">&lt;b&gt;nine&lt;/b&gt; lives</q>');
  });

  it("copes with a removed actor, dates sent as text and an empty log", () => {
    const html = renderToStaticMarkup(
      <TimelineList
        entries={[entry({ actorName: null, createdAt: "2026-03-10T16:30:05Z" as unknown as Date })]}
      />,
    );
    expect(html).toContain("Someone</span>");
    expect(html).toContain("10 Mar 2026, 16:30 UTC");
    expect(renderToStaticMarkup(<TimelineList entries={[]} emptyText="Nothing yet." />)).toContain(
      "Nothing yet.",
    );
  });
});
