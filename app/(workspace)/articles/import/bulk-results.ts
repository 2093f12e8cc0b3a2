/** One file's line in a bulk import. */
export type FileResult =
  | { name: string; state: "waiting" }
  | { name: string; state: "importing" }
  | { name: string; state: "failed"; message: string }
  | {
      name: string;
      state: "done";
      outcome: "created" | "versionAdded" | "unchanged";
      articleId: string;
      title: string;
      versionNumber: number;
    };

/** "4 imported (3 new articles, 1 new version), 1 already there, 2 failed." */
export function summarizeResults(results: FileResult[]): string {
  const count = (predicate: (result: FileResult) => boolean) => results.filter(predicate).length;
  const created = count((result) => result.state === "done" && result.outcome === "created");
  const versions = count((result) => result.state === "done" && result.outcome === "versionAdded");
  const unchanged = count((result) => result.state === "done" && result.outcome === "unchanged");
  const failed = count((result) => result.state === "failed");
  const parts = [
    `${created + versions} imported (${plural(created, "new article")}, ${plural(versions, "new version")})`,
  ];
  if (unchanged > 0) parts.push(`${unchanged} already there`);
  if (failed > 0) parts.push(`${failed} failed`);
  return `Done: ${parts.join(", ")}.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
