import type { Verdict } from "@/lib/generated/prisma/enums";
import { cn } from "@/lib/utils";

/** Verdicts in the order an editor scans them: the worst first, the unreviewed last. */
const VERDICTS: Array<{ verdict: Verdict; label: string; className: string }> = [
  { verdict: "FALSE", label: "false", className: "text-verdict-false" },
  { verdict: "MISLEADING", label: "misleading", className: "text-verdict-misleading" },
  { verdict: "DISPUTED", label: "disputed", className: "text-verdict-disputed" },
  { verdict: "UNVERIFIABLE", label: "unverifiable", className: "text-verdict-unverifiable" },
  { verdict: "MOSTLY_ACCURATE", label: "mostly accurate", className: "text-verdict-mostly-accurate" },
  { verdict: "VERIFIED", label: "verified", className: "text-verdict-verified" },
  { verdict: "UNREVIEWED", label: "unreviewed", className: "text-verdict-unreviewed" },
];

/** "2 false · 1 verified · 3 unreviewed": an article's claims by verdict, in words (colour only helps). */
export function VerdictCounts({ counts }: { counts: Partial<Record<Verdict, number>> }) {
  const present = VERDICTS.filter(({ verdict }) => (counts[verdict] ?? 0) > 0);
  if (present.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <ul className="flex flex-wrap justify-end gap-x-2 text-xs">
      {present.map(({ verdict, label, className }) => (
        <li key={verdict} className={cn("whitespace-nowrap font-medium", className)}>
          {counts[verdict]} {label}
        </li>
      ))}
    </ul>
  );
}
