"use client";

import { useEffect, useId, useRef, useState } from "react";
import {
  attachEvidenceAction,
  searchSourcesAction,
} from "@/app/(workspace)/articles/[articleId]/evidence-actions";
import { STANCE_LABELS } from "@/components/sources/labels";
import {
  EMPTY_SOURCE_VALUES,
  SourceFields,
  type SourceFormValues,
  sourceInput,
} from "@/components/sources/source-fields";
import { SourceMeta } from "@/components/sources/source-meta";
import { SourcePicker } from "@/components/sources/source-picker";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { SourceSummary } from "@/lib/claims/claim-detail";
import { STANCES } from "@/lib/evidence/schemas";
import type { Stance } from "@/lib/generated/prisma/enums";

type EvidenceFormProps = {
  claimId: string;
  /** Changes each time the form should take the focus (opening it, the `s` shortcut). */
  focusKey: number;
  onAttached: () => void;
  /** After a refusal that may mean the claim changed (a duplicate, an approved article). */
  onConflict: () => void;
  onCancel: () => void;
};

/** Today in the editor's own calendar, as the date input wants it. */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

function isBlank(values: SourceFormValues): boolean {
  return !values.title.trim() && !values.url.trim() && !values.publisher.trim();
}

/**
 * Attaches a source: one picked from the library, or a new one entered
 * here; with a stance, an excerpt and the date it was read. What was typed
 * stays on screen when the server refuses it.
 */
export function EvidenceForm(props: EvidenceFormProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [picked, setPicked] = useState<SourceSummary | null>(null);
  const [newSource, setNewSource] = useState<SourceFormValues>(EMPTY_SOURCE_VALUES);
  const [stance, setStance] = useState<Stance>("SUPPORTS");
  const [excerpt, setExcerpt] = useState("");
  const [accessedOn, setAccessedOn] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey is the trigger.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("input, select, textarea, button")?.focus();
  }, [props.focusKey]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    const result = await attachEvidenceAction({
      claimId: props.claimId,
      // Nothing picked and nothing typed: the server then says to pick or enter a source.
      ...(picked
        ? { sourceId: picked.id }
        : isBlank(newSource)
          ? {}
          : { newSource: sourceInput(newSource, false) }),
      stance,
      excerpt,
      accessedAt: accessedOn || null,
    });
    setIsSaving(false);
    if (result.ok) return props.onAttached();
    setError(result.error);
    if (result.code === "CONFLICT") props.onConflict();
  }

  return (
    <form
      ref={formRef}
      aria-label="Add source"
      className="flex flex-col gap-3 rounded-md border p-3"
      onSubmit={submit}
      onKeyDown={(event) => event.key === "Escape" && props.onCancel()}
    >
      {picked ? (
        <div className="flex items-start justify-between gap-2 rounded-md bg-accent p-2 text-sm">
          <span className="flex flex-col">
            <span className="font-medium">{picked.title}</span>
            <SourceMeta source={picked} />
          </span>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => setPicked(null)}
            aria-label="Choose another source"
          >
            Change
          </Button>
        </div>
      ) : (
        <>
          <SourcePicker search={searchSourcesAction} onPick={setPicked} />
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-2 text-muted-foreground text-xs">
              Or enter a new source for the library
            </legend>
            <SourceFields values={newSource} onChange={setNewSource} withNotes={false} />
          </fieldset>
        </>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-stance`}>Stance</Label>
          <Select
            id={`${id}-stance`}
            value={stance}
            onChange={(event) => setStance(event.target.value as Stance)}
          >
            {STANCES.map((value) => (
              <option key={value} value={value}>
                {STANCE_LABELS[value]}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-accessed`}>Accessed on</Label>
          <Input
            id={`${id}-accessed`}
            type="date"
            max={localToday()}
            value={accessedOn}
            onChange={(event) => setAccessedOn(event.target.value)}
            aria-describedby={`${id}-accessed-hint`}
          />
          <span id={`${id}-accessed-hint`} className="text-muted-foreground text-xs">
            Empty means now.
          </span>
        </div>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-excerpt`}>Excerpt</Label>
        <Textarea
          id={`${id}-excerpt`}
          rows={3}
          className="min-h-20"
          maxLength={5000}
          placeholder="The passage that bears on the claim"
          value={excerpt}
          onChange={(event) => setExcerpt(event.target.value)}
        />
      </div>
      {error ? (
        <p role="alert" className="text-destructive text-sm">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={isSaving}>
          {isSaving ? "Attaching…" : "Attach source"}
        </Button>
        <Button size="sm" variant="ghost" onClick={props.onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
