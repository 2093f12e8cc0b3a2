import { diffArrays, diffWordsWithSpace } from "diff";
import { countWords, PARAGRAPH_SEPARATOR } from "./document";

/** A run of words in a changed block: kept, added or removed. */
export type DiffSegment = { kind: "same" | "added" | "removed"; text: string };

/** One block (paragraph, heading, list item …) of the comparison. */
export type DiffBlock =
  | { kind: "same"; text: string }
  | { kind: "added"; text: string }
  | { kind: "removed"; text: string }
  | { kind: "changed"; segments: DiffSegment[] };

export type VersionDiff = {
  blocks: DiffBlock[];
  addedWords: number;
  removedWords: number;
  /** Blocks added, removed or edited. */
  changedBlocks: number;
};

// Below this share of common words, a removed and an added paragraph are two changes, not one edit.
const MIN_SIMILARITY = 0.4;
// Diffing is quadratic at worst; past this an article is compared block by block only.
const TIMEOUT_MS = 2_000;

/**
 * A readable comparison of two versions' plain texts: blocks are matched
 * first (so a moved or inserted paragraph reads as such), then each edited
 * paragraph is compared word by word.
 */
export function diffVersions(before: string, after: string): VersionDiff {
  const oldBlocks = splitBlocks(before);
  const newBlocks = splitBlocks(after);
  const changes = diffArrays(oldBlocks, newBlocks, { timeout: TIMEOUT_MS }) ?? [
    { value: oldBlocks, removed: true, added: false, count: oldBlocks.length },
    { value: newBlocks, added: true, removed: false, count: newBlocks.length },
  ];
  const blocks: DiffBlock[] = [];
  let removed: string[] = [];
  const flushRemoved = (added: string[]) => {
    blocks.push(...pairEdits(removed, added));
    removed = [];
  };
  for (const change of changes) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) flushRemoved(change.value);
    else {
      flushRemoved([]);
      blocks.push(...change.value.map((text) => ({ kind: "same" as const, text })));
    }
  }
  flushRemoved([]);
  return summarize(blocks);
}

function splitBlocks(text: string): string[] {
  return text ? text.split(PARAGRAPH_SEPARATOR) : [];
}

/** Pairs removed and added blocks in order when they are the same paragraph edited. */
function pairEdits(removed: string[], added: string[]): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  let next = 0;
  for (const oldText of removed) {
    const match = added.findIndex(
      (newText, index) => index >= next && similarity(oldText, newText) >= MIN_SIMILARITY,
    );
    if (match < 0) {
      blocks.push({ kind: "removed", text: oldText });
      continue;
    }
    for (const newText of added.slice(next, match)) blocks.push({ kind: "added", text: newText });
    blocks.push({ kind: "changed", segments: wordSegments(oldText, added[match] ?? "") });
    next = match + 1;
  }
  for (const newText of added.slice(next)) blocks.push({ kind: "added", text: newText });
  return blocks;
}

function wordSegments(oldText: string, newText: string): DiffSegment[] {
  return diffWordsWithSpace(oldText, newText).map((part) => ({
    kind: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

function similarity(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const left = words(a);
  const right = words(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.max(left.size, right.size);
}

function summarize(blocks: DiffBlock[]): VersionDiff {
  let addedWords = 0;
  let removedWords = 0;
  let changedBlocks = 0;
  for (const block of blocks) {
    if (block.kind === "same") continue;
    changedBlocks++;
    if (block.kind === "added") addedWords += countWords(block.text);
    else if (block.kind === "removed") removedWords += countWords(block.text);
    else {
      for (const segment of block.segments) {
        if (segment.kind === "added") addedWords += countWords(segment.text);
        if (segment.kind === "removed") removedWords += countWords(segment.text);
      }
    }
  }
  return { blocks, addedWords, removedWords, changedBlocks };
}
