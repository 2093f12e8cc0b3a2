import fs from "node:fs";
import path from "node:path";
import { describeQuote } from "@/lib/anchoring/selectors";
import { plainTextFromParagraphs } from "@/lib/articles/document";
import { parseWireArticle } from "@/lib/articles/wire-format";
import type { ClaimKind, Stance, Verdict } from "@/lib/generated/prisma/enums";
import type { ArticleExport, ExportClaim, ExportEvidence, ExportSource } from "../article-export";
import type { ExportContext } from "../formats";

/**
 * An ArticleExport built in memory, for renderer tests and the export benchmark (no database).
 * The text is the seed wire article (prisma/seed-data/kursk-casualties.txt); its first claims are
 * hand-picked (one per verdict, two overlapping, one orphaned, a rationale carrying HTML/script,
 * a note starting with a spreadsheet formula); more claims are spread word by word over the text,
 * which is repeated as many times as needed to give every claim about three words of its own.
 */
export type SampleExportOptions = {
  /** How many claims (default: the hand-picked ones, currently 9). */
  claims?: number;
  /** Text put before the first paragraph (e.g. an emoji, to test UTF-16 offsets); claims move with it. */
  leadingText?: string;
};

export const SAMPLE_XSS_RATIONALE =
  "State media gave the figure; **no independent count** exists. <script>alert(1)</script> " +
  '<img src=x onerror=alert(1)> See [KCNA](https://kcna.kp/) and "the ministry", too.';

export const SAMPLE_FORMULA_NOTE = '=HYPERLINK("https://evil.example","click")';

const BASE = Date.UTC(2025, 11, 15, 9, 0, 0);
const at = (minutes: number) => new Date(BASE + minutes * 60_000);

const SOURCES: ExportSource[] = [
  {
    id: "src_kcna",
    title: "KCNA: Welcome ceremony for the 528th Regiment of Engineers",
    url: "https://kcnawatch.example/newstream/528th-regiment",
    publisher: "Korean Central News Agency",
    type: "STATE_MEDIA",
    reliability: 2,
    snapshot: {
      sha256: "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea",
      fetchedAt: at(30),
      url: "https://kcnawatch.example/newstream/528th-regiment",
    },
  },
  {
    id: "src_nis",
    title: 'NIS briefing to the National Assembly | "casualties" <b>update</b>',
    url: "https://www.nis.example/briefing?id=2025-12&lang=en",
    publisher: "National Intelligence Service",
    type: "GOVERNMENT",
    reliability: 4,
    snapshot: {
      sha256: "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90",
      fetchedAt: at(45),
      url: "https://www.nis.example/briefing?id=2025-12&lang=en",
    },
  },
  {
    id: "src_unnamed",
    title: "Unnamed official, phone call",
    url: null,
    publisher: null,
    type: "ANONYMOUS",
    reliability: null,
    snapshot: null,
  },
];

type Pick = {
  quote: string;
  kind: ClaimKind;
  verdict: Verdict;
  rationale?: string;
  note?: string;
  evidence?: [source: number, stance: Stance, excerpt: string | null][];
  orphaned?: boolean;
};

const PICKS: Pick[] = [
  {
    quote: "North Korean leader Kim Jong-un",
    kind: "ATTRIBUTION",
    verdict: "VERIFIED",
    rationale: "Named in the KCNA report.",
    evidence: [[0, "SUPPORTS", "Kim Jong Un, general secretary of the WPK…"]],
  },
  { quote: "Kim Jong-un", kind: "ENTITY", verdict: "UNREVIEWED" },
  {
    quote: "nine lives",
    kind: "CASUALTY_FIGURE",
    verdict: "MISLEADING",
    rationale: SAMPLE_XSS_RATIONALE,
    note: SAMPLE_FORMULA_NOTE,
    evidence: [
      [0, "SUPPORTS", 'He mourned "the heartrending loss of nine lives", <i>comrades</i>.'],
      [1, "REFUTES", "Estimates put engineering losses higher, +1 | -2 @SUM(A1)"],
      [2, "CONTEXT", null],
    ],
  },
  {
    quote: "528th Regiment of Engineers",
    kind: "ENTITY",
    verdict: "MOSTLY_ACCURATE",
    rationale: "The unit name matches KCNA; its exact designation is unconfirmed.",
    evidence: [[0, "SUPPORTS", null]],
  },
  {
    quote: "May 28",
    kind: "DATE",
    verdict: "DISPUTED",
    rationale: "KCNA says May 28;\nthe NIS briefing says early June.",
    evidence: [
      [0, "SUPPORTS", null],
      [1, "REFUTES", "formed in early June"],
    ],
  },
  {
    quote: "20 cities and counties",
    kind: "NUMBER",
    verdict: "FALSE",
    rationale: "The policy names 20 *counties*, not cities — see `the decree`.",
    evidence: [[1, "REFUTES", "twenty counties"]],
  },
  {
    quote: "Korean Central News Agency (KCNA)",
    kind: "ATTRIBUTION",
    verdict: "UNVERIFIABLE",
    rationale: "# Heading?\n- a list | with a pipe\n\\ backslash [x](javascript:alert(1))",
  },
  {
    quote: "a miracle of turning a vast area of danger zone into a safe and secure one",
    kind: "QUOTE",
    verdict: "VERIFIED",
    rationale: "Quoted verbatim from KCNA.",
    note: "+1 checked twice",
    evidence: [[0, "SUPPORTS", null]],
  },
  {
    quote: "1,200 soldiers",
    kind: "CASUALTY_FIGURE",
    verdict: "FALSE",
    rationale: "Removed from the article after review.",
    orphaned: true,
    evidence: [[1, "REFUTES", null]],
  },
];

const WIRE = parseWireArticle(
  fs.readFileSync(path.join(import.meta.dirname, "../../../prisma/seed-data/kursk-casualties.txt"), "utf8"),
);

/** A sample article with `claims` claims; see SampleExportOptions. Deterministic. */
export function sampleExport(options: SampleExportOptions = {}): ArticleExport {
  const count = options.claims ?? PICKS.length;
  const picks = PICKS.slice(0, count);
  const generatedCount = count - picks.length;
  const wordsPerCopy = WIRE.paragraphs.join(" ").split(/\s+/).length;
  const copies = Math.max(1, Math.ceil((generatedCount * 3) / wordsPerCopy));
  const paragraphs = Array.from({ length: copies }, () => WIRE.paragraphs).flat();
  if (options.leadingText) paragraphs[0] = `${options.leadingText}${paragraphs[0]}`;
  const plainText = plainTextFromParagraphs(paragraphs);

  const claims: Omit<ExportClaim, "number">[] = [];
  picks.forEach((pick, index) => {
    if (pick.orphaned) {
      // Offsets in an older version: the text was cut; the quote is not in this version.
      const older = `${plainText.slice(0, 200)} ${pick.quote}`;
      claims.push(makeClaim(index, pick, describeQuote(older, 201, older.length), "ORPHANED"));
      return;
    }
    const start = plainText.indexOf(pick.quote);
    if (start < 0) throw new Error(`Sample quote not in the text: ${pick.quote}`);
    claims.push(
      makeClaim(index, pick, describeQuote(plainText, start, start + pick.quote.length), "ANCHORED"),
    );
  });
  const words = [...plainText.matchAll(/\S+/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const spread = Math.max(1, Math.floor(words.length / Math.max(1, generatedCount)));
  for (let i = 0; i < generatedCount; i++) {
    const first = words[(i * spread) % words.length];
    const last = words[Math.min(words.length - 1, ((i * spread) % words.length) + (i % 3))];
    if (!first || !last) continue;
    const index = picks.length + i;
    const verdict = GENERATED_VERDICTS[i % GENERATED_VERDICTS.length] ?? "UNREVIEWED";
    const pick: Pick = {
      quote: plainText.slice(first.start, last.end),
      kind: GENERATED_KINDS[i % GENERATED_KINDS.length] ?? "OTHER",
      verdict,
      rationale: verdict === "UNREVIEWED" ? undefined : `Checked claim ${index + 1} against the sources.`,
      evidence: verdict === "UNREVIEWED" ? [] : [[i % 2, i % 4 === 0 ? "REFUTES" : "SUPPORTS", null]],
    };
    claims.push(makeClaim(index, pick, describeQuote(plainText, first.start, last.end), "ANCHORED"));
  }
  // Reading order as the loader gives it: anchored by position (longer first), then orphaned.
  const ordered = [
    ...claims
      .filter((claim) => claim.anchorStatus === "ANCHORED")
      .sort((a, b) => a.start - b.start || b.end - a.end),
    ...claims.filter((claim) => claim.anchorStatus === "ORPHANED"),
  ].map((claim, index): ExportClaim => ({ ...claim, number: index + 1 }));

  return {
    workspace: { id: "ws_sample", slug: "sample-desk", name: "Sample Desk" },
    article: {
      id: "art_sample",
      title: WIRE.title,
      url: "https://news.example/2025/12/14/kursk-casualties",
      outlet: "Example Daily",
      byline: "Staff reporter",
      language: "en",
      publishedAt: WIRE.publishedAt,
      status: "APPROVED",
      signedOffByName: "Dana Park",
      signedOffAt: at(600),
      signOffOverride: null,
      approvedVersionNumber: 2,
      createdAt: at(-60),
      updatedAt: at(600),
    },
    version: { id: "ver_sample_2", number: 2, title: WIRE.title, plainText, createdAt: at(-30) },
    versions: [
      { number: 1, createdAt: at(-60), origin: "WIRE", createdByName: "Alex Reporter" },
      { number: 2, createdAt: at(-30), origin: "PASTE", createdByName: "Alex Reporter" },
    ],
    claims: ordered,
    reviewerNames: [
      ...new Set(ordered.flatMap((claim) => (claim.decision ? [claim.decision.setByName] : []))),
    ],
    generatedAt: at(720),
  };
}

/** An ExportContext around sampleExport(options), with example URLs. */
export function sampleExportContext(options: SampleExportOptions = {}): ExportContext {
  const data = sampleExport(options);
  const appUrl = "https://factdesk.example";
  return { data, appUrl, reportUrl: `${appUrl}/articles/${data.article.id}/report` };
}

const GENERATED_VERDICTS: Verdict[] = [
  "VERIFIED",
  "MOSTLY_ACCURATE",
  "UNREVIEWED",
  "MISLEADING",
  "DISPUTED",
  "FALSE",
  "UNVERIFIABLE",
];
const GENERATED_KINDS: ClaimKind[] = ["NUMBER", "DATE", "QUOTE", "ATTRIBUTION", "ENTITY", "OTHER"];
const REVIEWERS = ["Sam Lee", "Jordan Cho"];

function makeClaim(
  index: number,
  pick: Pick,
  anchor: ReturnType<typeof describeQuote>,
  anchorStatus: "ANCHORED" | "ORPHANED",
): Omit<ExportClaim, "number"> {
  const id = `clm_sample_${String(index + 1).padStart(4, "0")}`;
  const decided = pick.verdict !== "UNREVIEWED";
  const evidence: ExportEvidence[] = (pick.evidence ?? []).map(([source, stance, excerpt], position) => ({
    stance,
    excerpt,
    accessedAt: at(60 + position),
    source: SOURCES[source] ?? (SOURCES[0] as ExportSource),
  }));
  const reviewer = REVIEWERS[index % REVIEWERS.length] ?? "Sam Lee";
  return {
    id,
    kind: pick.kind,
    note: pick.note ?? null,
    normalizedValue: pick.kind === "CASUALTY_FIGURE" ? { value: 9, category: "deaths" } : null,
    exact: anchor.exact,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    start: anchor.start,
    end: anchor.end,
    anchorStatus,
    verdict: pick.verdict,
    decision: decided
      ? {
          id: `dec_${index + 1}`,
          verdict: pick.verdict,
          rationale: pick.rationale ?? null,
          attempts: null,
          asOf: at(120),
          setById: `usr_${reviewer.split(" ")[0]?.toLowerCase()}`,
          setByName: reviewer,
          createdAt: at(120 + index),
        }
      : null,
    evidence,
    createdAt: at(index),
    updatedAt: at(120 + index),
    createdByName: "Alex Reporter",
    assigneeName: decided ? reviewer : null,
  };
}
