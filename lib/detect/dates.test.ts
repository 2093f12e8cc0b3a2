import { describe, expect, it } from "vitest";
import { found, SAMPLE_DAY } from "./test-helpers";

const dates = (text: string, publishedAt: Date | null = SAMPLE_DAY) =>
  Object.fromEntries(
    found(text, "date", publishedAt ? { publishedAt } : {}).map((item) => [item.text, item.normalized]),
  );

describe("dates", () => {
  it("resolves the sample's relative dates against Sunday 14 Dec. 2025", () => {
    const text =
      "Kim said Friday that he was grateful. He spoke at a ceremony held the previous day, according to KCNA on " +
      "Saturday. The regiment was formed on May 28 and deployed in early August, after a meeting last August and a Nov. 1 visit.";
    expect(dates(text)).toEqual({
      Friday: "2025-12-12",
      "the previous day": "2025-12-12",
      Saturday: "2025-12-13",
      "May 28": "2025-05-28",
      "early August": { start: "2025-08-01", end: "2025-08-10" },
      "last August": { start: "2025-08-01", end: "2025-08-31" },
      "Nov. 1": "2025-11-01",
    });
  });

  it("follows the README's period rules", () => {
    const publishedAt = new Date(Date.UTC(2026, 2, 13)); // Friday 13 March 2026
    const text =
      "It began in late November, was found yesterday, in mid-February and last month, and was reported last week. " +
      "Prices rose earlier this year. A hearing is due next week. The deal closes later this month.";
    expect(dates(text, publishedAt)).toEqual({
      "late November": { start: "2025-11-21", end: "2025-11-30" },
      yesterday: "2026-03-12",
      "mid-February": { start: "2026-02-11", end: "2026-02-20" },
      "last month": { start: "2026-02-01", end: "2026-02-28" },
      "last week": { start: "2026-03-02", end: "2026-03-08" },
      "earlier this year": { start: "2026-01-01", end: "2026-03-12" },
      "next week": { start: "2026-03-16", end: "2026-03-22" },
      "later this month": { start: "2026-03-14", end: "2026-03-31" },
    });
  });

  it("counts from the date the text gives", () => {
    const text =
      "It noticed the traffic on 14 Dec. 2025 and shut the servers two days later. On March 3, 2024, it was fined the following year.";
    expect(dates(text, new Date(Date.UTC(2026, 2, 13)))).toEqual({
      "14 Dec. 2025": "2025-12-14",
      "two days later": "2025-12-16",
      "March 3, 2024": "2024-03-03",
      "the following year": { start: "2025-01-01", end: "2025-12-31" },
    });
  });

  it("reads the future from the sentence, and a date just ahead as the coming one", () => {
    const publishedAt = new Date(Date.UTC(2025, 9, 9)); // Thursday 9 Oct. 2025
    expect(dates("The conference, which runs until Friday, opened on Wednesday.", publishedAt)).toEqual({
      Friday: "2025-10-10",
      Wednesday: "2025-10-08",
    });
    expect(dates("The budget takes effect on Jan. 1.", new Date(Date.UTC(2025, 11, 3)))).toEqual({
      "Jan. 1": "2026-01-01",
    });
  });

  it("joins a time to its day and a month range into one period", () => {
    const publishedAt = new Date(Date.UTC(2025, 6, 22)); // Tuesday 22 July 2025
    expect(
      dates("The first blast was reported at 10:15 p.m. on Saturday, police said.", publishedAt),
    ).toEqual({
      "10:15 p.m. on Saturday": "2025-07-19",
    });
    expect(
      dates("Traffic fell 2.3 percent from January to October.", new Date(Date.UTC(2025, 11, 3))),
    ).toEqual({
      "from January to October": { start: "2025-01-01", end: "2025-10-31" },
    });
  });

  it("keeps years and leaves dates inside names alone", () => {
    expect(dates("at the April 25 House of Culture square since 2022", SAMPLE_DAY)).toEqual({
      "2022": { start: "2022-01-01", end: "2022-12-31" },
    });
    expect(dates("The group has received more than 2000 complaints.")).toEqual({});
  });

  it("gives null for what needs a reference date when there is none", () => {
    expect(dates("On Friday, in early August and on May 28, 2024, two days later.", null)).toEqual({
      Friday: null,
      "early August": null,
      "May 28, 2024": "2024-05-28",
      "two days later": "2024-05-30",
    });
  });

  it("reads the weekend just past, halves and quarters of a year, and forecasts as the future", () => {
    const publishedAt = new Date(Date.UTC(2025, 8, 16)); // Tuesday 16 Sep. 2025
    const text =
      "Floods hit over the weekend. Forecasters expect more rain on Thursday, and a recovery in the first half of 2026.";
    expect(dates(text, publishedAt)).toEqual({
      "the weekend": { start: "2025-09-13", end: "2025-09-14" },
      Thursday: "2025-09-18",
      "the first half of 2026": { start: "2026-01-01", end: "2026-06-30" },
    });
  });

  it("needs a preposition before a bare May, March or June", () => {
    expect(dates("You may go. March on. It rained in May.")).toEqual({
      May: { start: "2025-05-01", end: "2025-05-31" },
    });
  });
});
