"use client";

import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { VERDICT_KEYS, VERDICT_LABELS, verdictClass } from "@/components/claims/labels";
import type { VerdictDistribution } from "@/lib/dashboard/verdict-distribution";

const BAR_HEIGHT = 34;

/**
 * Bars of the claims per verdict, in the verdict colours of the highlights and badges. Purely visual:
 * the same figures are in the list and table beside it (VerdictSummary), so it is hidden from screen readers.
 */
export function VerdictChart({ verdicts }: { verdicts: VerdictDistribution }) {
  const data = VERDICT_KEYS.map((verdict) => ({
    verdict,
    label: VERDICT_LABELS[verdict],
    count: verdicts[verdict],
  }));
  return (
    <div aria-hidden="true" className="w-full" style={{ height: data.length * BAR_HEIGHT + 24 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 40 }} accessibilityLayer={false}>
          <XAxis type="number" allowDecimals={false} hide />
          <YAxis
            type="category"
            dataKey="label"
            width={136}
            tickLine={false}
            axisLine={false}
            tick={{ fill: "var(--color-foreground)", fontSize: 13 }}
          />
          <Bar dataKey="count" isAnimationActive={false} radius={[0, 4, 4, 0]}>
            {data.map((entry) => (
              <Cell key={entry.verdict} fill={`var(--${verdictClass(entry.verdict)})`} />
            ))}
            <LabelList dataKey="count" position="right" fill="var(--color-foreground)" fontSize={13} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
