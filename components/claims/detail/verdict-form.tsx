"use client";

import { useEffect, useId, useRef, useState } from "react";
import { setVerdictAction } from "@/app/(workspace)/articles/[articleId]/verdict-actions";
import { VERDICT_KEYS, VERDICT_LABELS } from "@/components/claims/labels";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ClaimDetail } from "@/lib/claims/claim-detail";
import type { Verdict } from "@/lib/generated/prisma/enums";
import { describeMissing, missingForVerdict } from "@/lib/verdicts/evidence-rules";
import { VERDICT_MEANINGS } from "@/lib/verdicts/scale";
import type { VerdictPartProps } from "./types";
import { VerdictConflict } from "./verdict-conflict";

type Draft = { verdict: Verdict; rationale: string; attempts: string; asOf: string };
type Status = "idle" | "saving" | "saved" | "conflict";

/** What the form starts from: the claim's current verdict and its words, as of today. */
function draftOf(detail: ClaimDetail): Draft {
  const latest = detail.decisions[0];
  const isCurrent = latest?.verdict === detail.claim.verdict && detail.claim.verdict !== "UNREVIEWED";
  return {
    verdict: detail.claim.verdict,
    rationale: isCurrent ? (latest?.rationale ?? "") : "",
    attempts: isCurrent ? (latest?.attempts ?? "") : "",
    asOf: localToday(),
  };
}

/**
 * Sets the claim's verdict. Says in advance what the chosen verdict still
 * needs (the server decides). On a conflict the editor's text stays as
 * typed, the newer verdict shows beside it, and setting again applies the
 * editor's verdict on top of the newer one.
 */
export function VerdictForm({ detail, onChanged, focusRequest, requestedVerdict }: VerdictPartProps) {
  const id = useId();
  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState(() => draftOf(detail));
  /** The claim revision the draft was started from. */
  const [baseRevision, setBaseRevision] = useState(detail.claim.revision);
  const [isTouched, setIsTouched] = useState(false);
  const [status, setStatus] = useState<Status>("idle");
  const [error, setError] = useState<string | null>(null);

  // Someone's change (or our own, read back) arrived: follow it unless the editor has started typing.
  useEffect(() => {
    if (isTouched || detail.claim.revision === baseRevision) return;
    setDraft(draftOf(detail));
    setBaseRevision(detail.claim.revision);
  }, [detail, isTouched, baseRevision]);

  const seenRequest = useRef(focusRequest);
  useEffect(() => {
    // Only a new key press counts: not the value at mount, nor the reset to 0 when another part is asked for.
    if (focusRequest === seenRequest.current) return;
    seenRequest.current = focusRequest;
    if (focusRequest === 0) return;
    if (requestedVerdict) {
      setDraft((current) => ({ ...current, verdict: requestedVerdict }));
      setIsTouched(true);
    }
    rationaleRef.current?.focus();
  }, [focusRequest, requestedVerdict]);

  const edit = (change: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setIsTouched(true);
    if (status === "saved") setStatus("idle");
  };

  const isConflict = status === "conflict";
  const missing = missingForVerdict({
    verdict: draft.verdict,
    rationale: draft.rationale,
    attempts: draft.attempts,
    stances: detail.evidence.map((evidence) => evidence.stance),
  });

  async function submit() {
    setStatus("saving");
    setError(null);
    const isCleared = draft.verdict === "UNREVIEWED";
    const result = await setVerdictAction({
      claimId: detail.claim.id,
      // After a conflict the editor has seen the newer verdict: setting again builds on it.
      revision: isConflict ? detail.claim.revision : baseRevision,
      verdict: draft.verdict,
      rationale: draft.rationale,
      attempts: draft.verdict === "UNVERIFIABLE" ? draft.attempts : undefined,
      asOf: isCleared || !draft.asOf ? undefined : draft.asOf,
    });
    if (result.ok) {
      // Our own change is the new base at once, so typing on before the panel reads it again is no conflict.
      setBaseRevision(result.data.revision);
      setIsTouched(false);
      setStatus("saved");
      onChanged(result.data);
      return;
    }
    setError(result.error);
    if (result.code === "CONFLICT") {
      // Read the claim again: the newer verdict shows beside the editor's text, which stays as typed.
      setStatus("conflict");
      onChanged();
      return;
    }
    setStatus("idle");
  }

  return (
    <form
      aria-label="Set verdict"
      className="flex flex-col gap-3 rounded-md border bg-card p-3"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
          event.preventDefault();
          event.currentTarget.requestSubmit();
        }
      }}
    >
      {isConflict ? (
        <VerdictConflict
          detail={detail}
          baseRevision={baseRevision}
          onDiscardMine={() => {
            setIsTouched(false);
            setError(null);
            setStatus("idle");
            setDraft(draftOf(detail));
            setBaseRevision(detail.claim.revision);
          }}
        />
      ) : null}
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-verdict`}>Verdict</Label>
        <Select
          id={`${id}-verdict`}
          value={draft.verdict}
          aria-describedby={`${id}-meaning`}
          onChange={(event) => edit({ verdict: event.target.value as Verdict })}
        >
          {VERDICT_KEYS.map((verdict, index) => (
            <option key={verdict} value={verdict}>
              {index + 1} {VERDICT_LABELS[verdict]}
            </option>
          ))}
        </Select>
        <p id={`${id}-meaning`} className="text-muted-foreground text-xs">
          {VERDICT_MEANINGS[draft.verdict]}
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-rationale`}>Rationale</Label>
        <Textarea
          id={`${id}-rationale`}
          ref={rationaleRef}
          rows={4}
          className="min-h-24"
          maxLength={10_000}
          placeholder="Why this verdict? Markdown: **bold**, _italic_, [links](https://…), lists."
          value={draft.rationale}
          onChange={(event) => edit({ rationale: event.target.value })}
        />
      </div>
      {draft.verdict === "UNVERIFIABLE" ? (
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-attempts`}>What was tried</Label>
          <Textarea
            id={`${id}-attempts`}
            rows={2}
            className="min-h-16"
            maxLength={5_000}
            placeholder="Calls, archives, databases, people asked…"
            value={draft.attempts}
            onChange={(event) => edit({ attempts: event.target.value })}
          />
        </div>
      ) : null}
      {draft.verdict === "UNREVIEWED" ? null : (
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-as-of`}>As of</Label>
          <Input
            id={`${id}-as-of`}
            type="date"
            className="w-auto self-start"
            max={localToday()}
            value={draft.asOf}
            onChange={(event) => edit({ asOf: event.target.value })}
          />
        </div>
      )}
      {missing.length > 0 ? (
        <p className="text-muted-foreground text-sm">
          {describeMissing(VERDICT_LABELS[draft.verdict], missing)}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="text-destructive text-sm">
          {error}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={status === "saving"}>
          {status === "saving" ? "Saving…" : "Set verdict"}
        </Button>
        <span role="status" className="text-muted-foreground text-sm">
          {status === "saved" ? "Verdict set." : ""}
        </span>
      </div>
    </form>
  );
}

/** Today in the editor's time zone, as the date input writes it (YYYY-MM-DD). */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
