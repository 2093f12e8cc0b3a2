import { describe, expect, it } from "vitest";
import { formatRelativeTime } from "./relative-time";

const NOW = new Date("2030-06-15T12:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe("formatRelativeTime", () => {
  it.each([
    [10_000, "just now"],
    [60_000, "1 minute ago"],
    [5 * 60_000, "5 minutes ago"],
    [3 * 3_600_000, "3 hours ago"],
    [26 * 3_600_000, "1 day ago"],
    [6 * 86_400_000, "6 days ago"],
    [30 * 86_400_000, "16 May 2030"],
  ])("%i ms ago reads %s", (elapsed, text) => {
    expect(formatRelativeTime(ago(elapsed), NOW)).toBe(text);
  });

  it("treats a clock slightly ahead as just now", () => {
    expect(formatRelativeTime(new Date(NOW.getTime() + 5_000), NOW)).toBe("just now");
  });
});
