// Protects: a list address always shows something sensible and survives a round trip.
import { describe, expect, it } from "vitest";
import { articleListHref, parseArticleListQuery } from "./list-query";

describe("parseArticleListQuery", () => {
  it("drops bad values one by one and defaults the order", () => {
    expect(
      parseArticleListQuery({ q: "  dam ", status: "BOGUS", page: "-3", from: "yesterday", sort: "chaos" }),
    ).toEqual({
      q: "dam",
      sort: "relevance",
      page: 1,
    });
  });

  it("drops days that have the right shape but do not exist", () => {
    expect(parseArticleListQuery({ from: "2025-02-30", to: "2025-12-14" })).toMatchObject({
      to: "2025-12-14",
    });
    expect(parseArticleListQuery({ from: "2025-02-30" }).from).toBeUndefined();
  });

  it("orders by newest publication when there is nothing to rank", () => {
    expect(parseArticleListQuery({ sort: "relevance" }).sort).toBe("published-desc");
    expect(parseArticleListQuery({}).sort).toBe("published-desc");
  });

  it("takes the first of repeated parameters and treats blanks as absent", () => {
    expect(parseArticleListQuery({ status: ["APPROVED", "DRAFT"], outlet: "", assignee: "me" })).toEqual({
      q: "",
      status: "APPROVED",
      assignee: "me",
      sort: "published-desc",
      page: 1,
    });
  });
});

describe("articleListHref", () => {
  it("leaves out defaults and round-trips", () => {
    const query = parseArticleListQuery({ q: "port strike", status: "DRAFT", from: "2025-01-01", page: "3" });
    const href = articleListHref(query);
    expect(href).toBe("/articles?q=port+strike&status=DRAFT&from=2025-01-01&page=3");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseArticleListQuery(params)).toEqual(query);
  });

  it("applies changes, such as the next page", () => {
    const query = parseArticleListQuery({});
    expect(articleListHref(query)).toBe("/articles");
    expect(articleListHref(query, { page: 2, sort: "title-asc" })).toBe("/articles?sort=title-asc&page=2");
  });
});
