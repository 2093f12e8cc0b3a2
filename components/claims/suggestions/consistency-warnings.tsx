import type { ConsistencyWarning } from "@/lib/suggestions/consistency";

const TITLES: Record<ConsistencyWarning["kind"], string> = {
  "conflicting-figures": "Figures that disagree",
  "date-outside-dateline": "Date that does not fit the dateline",
  "unsupported-headline-figure": "Headline figure not in the text",
};

/** The article's consistency warnings: things that do not add up, each with the words involved. */
export function ConsistencyWarnings({ warnings }: { warnings: ConsistencyWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-label="Consistency warnings" className="flex flex-col gap-2">
      {warnings.map((warning, index) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no id and are read again whole.
          key={index}
          role="note"
          className="rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950 text-sm dark:bg-amber-950/30 dark:text-amber-100"
        >
          <p className="font-medium">⚠ {TITLES[warning.kind]}</p>
          <p>{warning.message}</p>
          {warning.spans.length > 0 ? (
            <ul className="mt-1 list-disc pl-5 text-xs">
              {warning.spans.map((span) => (
                <li key={`${span.in}:${span.start}`}>
                  “{span.text}”{span.in === "title" ? " (headline)" : ""}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
    </section>
  );
}
