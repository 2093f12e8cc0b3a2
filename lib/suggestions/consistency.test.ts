// Protects: the warnings an editor sees when an article contradicts itself, its dateline or its headline.
import { describe, expect, it } from "vitest";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import { type ConsistencyItem, checkConsistency } from "./consistency";

const PUBLISHED = new Date("2025-12-14T16:30:00Z");

/** An item on the `occurrence`-th appearance of `words` in `text`. */
function on(
  text: string,
  kind: ClaimKind,
  words: string,
  normalizedValue: unknown,
  occurrence = 1,
): ConsistencyItem {
  let start = -1;
  for (let seen = 0; seen < occurrence; seen++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { kind, start, end: start + words.length, text: words, normalizedValue };
}

function check(text: string, items: ConsistencyItem[], title = "", titleItems: ConsistencyItem[] = []) {
  return checkConsistency({ text, title, publishedAt: PUBLISHED, items, titleItems });
}

describe("conflicting figures", () => {
  const text =
    "State media said Friday that nine soldiers died in the blast. " +
    "On Saturday, Yonhap reported that 12 soldiers were killed. Three were wounded.";
  const nine = on(text, "CASUALTY_FIGURE", "nine soldiers died", { value: 9, category: "deaths" });
  const twelve = on(text, "CASUALTY_FIGURE", "12 soldiers were killed", { value: 12, category: "deaths" });
  const friday = on(text, "DATE", "Friday", "2025-12-12");
  const saturday = on(text, "DATE", "Saturday", "2025-12-13");
  const stateMedia = on(text, "ATTRIBUTION", "State media said", null);
  const yonhap = on(text, "ATTRIBUTION", "Yonhap reported", null);
  const wounded = on(text, "CASUALTY_FIGURE", "Three were wounded", { value: 3, category: "wounded" });

  it("reports two death tolls with their dates and sources", () => {
    const warnings = check(text, [nine, twelve, friday, saturday, stateMedia, yonhap, wounded]);
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    expect(warning?.kind).toBe("conflicting-figures");
    expect(warning?.message).toBe(
      "Two different death tolls: 9 (Friday, State media said); 12 (Saturday, Yonhap reported).",
    );
    expect(warning?.spans.map((span) => span.text)).toEqual([
      "nine soldiers died",
      "Friday",
      "State media said",
      "12 soldiers were killed",
      "Saturday",
      "Yonhap reported",
    ]);
    for (const span of warning?.spans ?? []) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it("takes the date and source from the sentence before when its own has none", () => {
    const story =
      "On Friday, KCNA reported the toll. It said nine soldiers died. Yonhap said 12 soldiers died.";
    const items = [
      on(story, "DATE", "Friday", "2025-12-12"),
      on(story, "ATTRIBUTION", "KCNA reported", { source: "the Korean Central News Agency" }),
      on(story, "CASUALTY_FIGURE", "nine soldiers died", { value: 9, category: "deaths" }),
      on(story, "ATTRIBUTION", "Yonhap said", null),
      on(story, "CASUALTY_FIGURE", "12 soldiers died", {
        value: 12,
        category: "deaths",
        qualifier: "at least",
      }),
    ];
    expect(check(story, items).map((warning) => warning.message)).toEqual([
      "Two different death tolls: 9 (Friday, the Korean Central News Agency); at least 12 (Yonhap said).",
    ]);
    const bare = "Nine died. Later, 12 died.";
    const figures = [
      on(bare, "CASUALTY_FIGURE", "Nine died", { value: 9, category: "deaths" }),
      on(bare, "CASUALTY_FIGURE", "12 died", { value: 12, category: "deaths" }),
    ];
    expect(check(bare, figures)[0]?.message).toBe(
      "Two different death tolls: 9 (no date or source nearby); 12 (no date or source nearby).",
    );
  });

  it("says nothing when the same toll is repeated, or the categories differ", () => {
    const again = { ...nine, start: twelve.start, end: twelve.end, text: twelve.text };
    expect(check(text, [nine, again, wounded])).toEqual([]);
  });
});

describe("dates outside the dateline", () => {
  it("flags a date resolved after publication in a sentence reporting the past", () => {
    const text = "The regiment returned to Pyongyang on Friday. Elections will be held on Tuesday.";
    const friday = on(text, "DATE", "Friday", "2025-12-19");
    const tuesday = on(text, "DATE", "Tuesday", "2025-12-16");
    const warnings = check(text, [friday, tuesday]);
    expect(warnings).toEqual([
      {
        kind: "date-outside-dateline",
        message:
          "“Friday” resolves to 2025-12-19, after the dateline (2025-12-14), in a sentence that reports it as past: check the date or the dateline.",
        spans: [{ start: friday.start, end: friday.end, text: "Friday", in: "text" }],
      },
    ]);
  });

  it("reads a period by its first day, and leaves dates before the dateline alone", () => {
    const text = "Troops were deployed in early August. They returned last week.";
    const august = on(text, "DATE", "early August", { start: "2025-08-01", end: "2025-08-10" });
    const lastWeek = on(text, "DATE", "last week", { start: "2025-12-01", end: "2025-12-07" });
    expect(check(text, [august, lastWeek])).toEqual([]);
    const late = { ...august, normalizedValue: { start: "2026-08-01", end: "2026-08-10" } };
    expect(check(text, [late]).map((warning) => warning.kind)).toEqual(["date-outside-dateline"]);
  });

  it("checks nothing without a published date", () => {
    const text = "The regiment returned on Friday.";
    const friday = on(text, "DATE", "Friday", "2025-12-19");
    expect(checkConsistency({ text, title: "", publishedAt: null, items: [friday], titleItems: [] })).toEqual(
      [],
    );
  });
});

describe("unsupported headline figures", () => {
  const body = "Officials confirmed that nine soldiers died. About 2,400 households lost power.";
  const nine = on(body, "CASUALTY_FIGURE", "nine soldiers died", { value: 9, category: "deaths" });
  const households = on(body, "NUMBER", "About 2,400 households", { value: 2400, qualifier: "about" });

  it("accepts a headline figure the text states in words or digits", () => {
    const title = "9 soldiers dead, 2,400 homes without power";
    const titleItems = [
      on(title, "NUMBER", "9 soldiers", { value: 9 }),
      on(title, "CASUALTY_FIGURE", "9 soldiers dead", { value: 9, category: "deaths" }),
      on(title, "NUMBER", "2,400 homes", { value: 2400 }),
    ];
    expect(check(body, [nine, households], title, titleItems)).toEqual([]);
  });

  it("flags a headline figure no figure of the text has, once per value", () => {
    const title = "15 soldiers dead";
    const titleItems = [
      on(title, "NUMBER", "15 soldiers", { value: 15 }),
      on(title, "CASUALTY_FIGURE", "15 soldiers dead", { value: 15, category: "deaths" }),
    ];
    const warnings = check(body, [nine, households], title, titleItems);
    expect(warnings).toEqual([
      {
        kind: "unsupported-headline-figure",
        message: "The headline says “15 soldiers” (15), but no figure in the text has that value.",
        spans: [{ start: 0, end: 11, text: "15 soldiers", in: "title" }],
      },
    ]);
  });

  it("lets an approximate headline round, within 10 %", () => {
    const title = "Nearly 2,500 households without power";
    const near = [on(title, "NUMBER", "Nearly 2,500 households", { value: 2500, qualifier: "nearly" })];
    expect(check(body, [nine, households], title, near)).toEqual([]);
    const far = [on(title, "NUMBER", "Nearly 2,500 households", { value: 3000, qualifier: "nearly" })];
    expect(check(body, [nine, households], title, far)).toHaveLength(1);
  });

  it("does not count the title repeated as the text's opening heading", () => {
    const title = "15 soldiers dead";
    const text = `${title}\n\n${body}`;
    const heading = on(text, "NUMBER", "15 soldiers", { value: 15 });
    const titleItems = [on(title, "NUMBER", "15 soldiers", { value: 15 })];
    expect(check(text, [heading], title, titleItems).map((warning) => warning.kind)).toEqual([
      "unsupported-headline-figure",
    ]);
  });
});
