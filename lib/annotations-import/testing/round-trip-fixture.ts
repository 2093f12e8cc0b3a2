import fs from "node:fs";
import path from "node:path";
import type { ActionDefinition } from "@/lib/actions/define-action";
import { executeAction } from "@/lib/actions/execute-action";
import { createArticle } from "@/lib/articles/create-article";
import { plainTextFromParagraphs } from "@/lib/articles/document";
import { parseWireArticle } from "@/lib/articles/wire-format";
import type { SessionUser } from "@/lib/auth/session-user";
import { createClaim } from "@/lib/claims/create-claim";
import type { PrismaClient } from "@/lib/db";
import { attachEvidence } from "@/lib/evidence/attach-evidence";
import type { ClaimKind, Stance, Verdict } from "@/lib/generated/prisma/enums";
import { setVerdict } from "@/lib/verdicts/set-verdict";

/**
 * For the round-trip test: the seed wire article (after an emoji, so that W3C positions in code
 * points and ours in UTF-16 units differ), reviewed through the editor's own actions.
 */
export const wire = parseWireArticle(
  fs.readFileSync(path.join(import.meta.dirname, "../../../prisma/seed-data/kursk-casualties.txt"), "utf8"),
);
export const paragraphs = [`🇰🇵 ${wire.paragraphs[0]}`, ...wire.paragraphs.slice(1)];
const text = plainTextFromParagraphs(paragraphs);

type Evidence = {
  source: { url?: string; title: string; publisher?: string };
  stance: Stance;
  excerpt?: string;
};
type Planned = {
  quote: string;
  kind: ClaimKind;
  note?: string;
  verdict?: Verdict;
  rationale?: string;
  attempts?: string;
  evidence?: Evidence[];
};

export const KCNA = {
  url: "https://kcnawatch.example/528th",
  title: "KCNA: welcome ceremony",
  publisher: "KCNA",
};
export const NIS = { url: "https://nis.example/briefing", title: "NIS briefing" };
export const CALL = { title: "Unnamed official, phone call" };
export const PLAN: Planned[] = [
  {
    quote: "the heartrending loss of nine lives",
    kind: "CASUALTY_FIGURE",
    note: "Check against the NIS count",
    verdict: "MISLEADING",
    rationale: "KCNA's figure; **no** independent count. <script>alert(1)</script>",
    evidence: [
      { source: KCNA, stance: "SUPPORTS", excerpt: "the loss of nine lives" },
      { source: NIS, stance: "REFUTES" },
      { source: CALL, stance: "CONTEXT", excerpt: "more than nine" },
    ],
  },
  {
    quote: "528th Regiment of Engineers",
    kind: "ENTITY",
    verdict: "VERIFIED",
    rationale: "Named by KCNA.",
    evidence: [{ source: KCNA, stance: "SUPPORTS" }],
  },
  {
    quote: "May 28",
    kind: "DATE",
    verdict: "DISPUTED",
    rationale: "NIS says June.",
    evidence: [
      { source: KCNA, stance: "SUPPORTS" },
      { source: NIS, stance: "REFUTES", excerpt: "early June" },
    ],
  },
  {
    quote: "Korean Central News Agency (KCNA)",
    kind: "ATTRIBUTION",
    verdict: "UNVERIFIABLE",
    rationale: "No archive.",
    attempts: "Called KCNA's office twice.",
  },
  { quote: "20 cities and counties", kind: "NUMBER", note: "Policy text?" },
  { quote: "Kim Jong-un", kind: "ENTITY" },
];

type FixtureOptions = { prisma: PrismaClient; editor: SessionUser };

/** A fresh article with the sample's text, address, outlet and date. */
export async function newArticle({ prisma, editor }: FixtureOptions, fromParagraphs = paragraphs) {
  return createArticle({
    prisma,
    workspaceId: editor.workspace.id,
    createdById: editor.id,
    title: wire.title,
    paragraphs: fromParagraphs,
    origin: "WIRE",
    url: "https://news.example/2025/12/14/kursk-casualties",
    outlet: "Example Daily",
    publishedAt: wire.publishedAt,
  });
}

/** Runs an action as the editor, failing the test with its message when it is refused. */
export async function run<Input, Output>(
  editor: SessionUser,
  action: ActionDefinition<Input, Output>,
  input: unknown,
): Promise<Output> {
  const result = await executeAction(action, editor, input);
  if (!result.ok) throw new Error(`${action.name}: ${result.error}`);
  return result.data;
}

/** An article reviewed through the editor's own actions: PLAN's claims, evidence, sources and verdicts. */
export async function reviewedArticle(options: FixtureOptions) {
  const { prisma, editor } = options;
  const article = await newArticle(options);
  for (const planned of PLAN) {
    const start = text.indexOf(planned.quote);
    const claim = await run(editor, createClaim, {
      articleId: article.id,
      versionId: article.versionId,
      start,
      end: start + planned.quote.length,
      exact: planned.quote,
      kind: planned.kind,
      note: planned.note,
    });
    for (const item of planned.evidence ?? []) {
      const existing = await prisma.source.findFirst({
        where: { workspaceId: editor.workspace.id, title: item.source.title },
      });
      await run(editor, attachEvidence, {
        claimId: claim.id,
        ...(existing ? { sourceId: existing.id } : { newSource: { ...item.source, type: "OTHER" } }),
        stance: item.stance,
        excerpt: item.excerpt,
        accessedAt: "2025-12-15",
      });
    }
    if (planned.verdict) {
      const { revision } = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
      await run(editor, setVerdict, {
        claimId: claim.id,
        revision,
        verdict: planned.verdict,
        rationale: planned.rationale,
        attempts: planned.attempts,
      });
    }
  }
  return article;
}
