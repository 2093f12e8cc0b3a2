// Protects: the server log names slow requests without the capability tokens in their paths.
import { describe, expect, it } from "vitest";
import { describeRequest } from "./slow-requests";

describe("describeRequest", () => {
  it("keeps the method and path, drops the query", () => {
    expect(describeRequest({ method: "GET", url: "/articles/abc?tab=claims" })).toBe("GET /articles/abc");
  });

  it("cuts share and invitation tokens out of the path", () => {
    expect(describeRequest({ method: "GET", url: `/share/fds_${"A".repeat(43)}` })).toBe("GET /share/…");
    expect(describeRequest({ method: "POST", url: "/invite/secret-token/accept" })).toBe(
      "POST /invite/…/accept",
    );
  });
});
