import { VERDICT_KEYS, VERDICT_LABELS, VERDICT_SYMBOLS } from "@/components/claims/labels";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { VerdictDistribution } from "@/lib/dashboard/verdict-distribution";
import { VerdictChart } from "./verdict-chart";

const percent = (count: number, total: number) => (total > 0 ? `${Math.round((count / total) * 100)}%` : "—");

/** The workspace's claims by verdict: a chart, and the same figures as text and as a table. */
export function VerdictSummary({ verdicts }: { verdicts: VerdictDistribution }) {
  const total = VERDICT_KEYS.reduce((sum, verdict) => sum + verdicts[verdict], 0);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Verdicts</CardTitle>
        <CardDescription>
          {total === 0
            ? "No claims yet."
            : `${total.toLocaleString("en")} ${total === 1 ? "claim" : "claims"} in this workspace (retired ones aside).`}
        </CardDescription>
      </CardHeader>
      {total > 0 ? (
        <CardContent className="flex flex-col gap-4">
          <VerdictChart verdicts={verdicts} />
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Claims by verdict">
            {VERDICT_KEYS.map((verdict) => (
              <li key={verdict} className="whitespace-nowrap">
                <span aria-hidden="true">{VERDICT_SYMBOLS[verdict]} </span>
                {VERDICT_LABELS[verdict]}:{" "}
                <span className="font-medium tabular-nums">{verdicts[verdict]}</span>
              </li>
            ))}
          </ul>
          <details className="text-sm">
            <summary className="cursor-pointer text-muted-foreground">Show as a table</summary>
            <table className="mt-2 w-full max-w-sm">
              <caption className="sr-only">Claims by verdict</caption>
              <thead className="border-b text-left text-muted-foreground">
                <tr>
                  <th scope="col" className="py-1 font-medium">
                    Verdict
                  </th>
                  <th scope="col" className="py-1 text-right font-medium">
                    Claims
                  </th>
                  <th scope="col" className="py-1 text-right font-medium">
                    Share
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y">
                {VERDICT_KEYS.map((verdict) => (
                  <tr key={verdict}>
                    <th scope="row" className="py-1 text-left font-normal">
                      {VERDICT_LABELS[verdict]}
                    </th>
                    <td className="py-1 text-right tabular-nums">{verdicts[verdict]}</td>
                    <td className="py-1 text-right tabular-nums">{percent(verdicts[verdict], total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </CardContent>
      ) : null}
    </Card>
  );
}
