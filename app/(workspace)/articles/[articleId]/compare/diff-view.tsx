import type { DiffBlock } from "@/lib/articles/version-diff";

// Runs of unchanged paragraphs longer than this fold away, leaving one paragraph of context at each end.
const FOLD_AFTER = 3;

/** A block to show, or a folded run of unchanged paragraphs; `key` is its first block's position. */
type Group = { key: string; block: DiffBlock } | { key: string; folded: string[] };

/**
 * The comparison as text: removed words struck through, added words
 * underlined (<del>/<ins>, which screen readers announce), whole added or
 * removed paragraphs marked as such, long unchanged stretches folded.
 */
export function DiffView({ blocks }: { blocks: DiffBlock[] }) {
  return (
    <section aria-label="Changes" className="article-prose flex flex-col">
      {groupUnchanged(blocks).map((group) =>
        "folded" in group ? (
          <details
            key={group.key}
            className="my-2 rounded-md border border-dashed px-3 py-2 text-muted-foreground text-sm"
          >
            <summary>{group.folded.length} unchanged paragraphs</summary>
            {group.folded.map((text, at) => (
              <p key={`${group.key}-${at.toString()}`}>{text}</p>
            ))}
          </details>
        ) : (
          <Block key={group.key} block={group.block} />
        ),
      )}
    </section>
  );
}

function Block({ block }: { block: DiffBlock }) {
  switch (block.kind) {
    case "same":
      return <p>{block.text}</p>;
    case "added":
      return (
        <p>
          <ins className="diff-added">{block.text}</ins>
        </p>
      );
    case "removed":
      return (
        <p>
          <del className="diff-removed">{block.text}</del>
        </p>
      );
    case "changed":
      return (
        <p>
          {block.segments.map((segment, at) => {
            const key = `${segment.kind}-${at.toString()}`;
            if (segment.kind === "added") {
              return (
                <ins key={key} className="diff-added">
                  {segment.text}
                </ins>
              );
            }
            if (segment.kind === "removed") {
              return (
                <del key={key} className="diff-removed">
                  {segment.text}
                </del>
              );
            }
            return <span key={key}>{segment.text}</span>;
          })}
        </p>
      );
  }
}

/** Keeps changes and their neighbours; folds the middle of long unchanged runs. */
function groupUnchanged(blocks: DiffBlock[]): Group[] {
  const groups: Group[] = [];
  let run: Array<{ text: string; position: number }> = [];
  const keep = (entries: typeof run) => {
    for (const { text, position } of entries)
      groups.push({ key: `b${position}`, block: { kind: "same", text } });
  };
  const flush = (isEnd: boolean) => {
    const keepStart = groups.length > 0 ? 1 : 0;
    const keepEnd = isEnd ? 0 : 1;
    if (run.length > FOLD_AFTER) {
      keep(run.slice(0, keepStart));
      const folded = run.slice(keepStart, run.length - keepEnd);
      groups.push({ key: `b${folded[0]?.position}`, folded: folded.map((entry) => entry.text) });
      keep(run.slice(run.length - keepEnd));
    } else {
      keep(run);
    }
    run = [];
  };
  blocks.forEach((block, position) => {
    if (block.kind === "same") run.push({ text: block.text, position });
    else {
      flush(false);
      groups.push({ key: `b${position}`, block });
    }
  });
  flush(true);
  return groups;
}
