"use client";

import { useEffect, useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ActionResult } from "@/lib/actions/execute-action";
import type { SourceSummary } from "@/lib/claims/claim-detail";
import { SourceMeta } from "./source-meta";

const DEBOUNCE_MS = 250;

type SourcePickerProps = {
  /** A server action searching the workspace's library. */
  search: (input: { query: string }) => Promise<ActionResult<SourceSummary[]>>;
  onPick: (source: SourceSummary) => void;
  inputRef?: React.Ref<HTMLInputElement>;
  disabled?: boolean;
};

/** Searches the library as the editor types (debounced) and lists matching sources to pick one. */
export function SourcePicker({ search, onPick, inputRef, disabled }: SourcePickerProps) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<SourceSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const words = query.trim();
    if (!words) {
      setResults(null);
      return;
    }
    let isCurrent = true;
    const timer = setTimeout(async () => {
      const result = await search({ query: words });
      if (!isCurrent) return;
      setError(result.ok ? null : result.error);
      setResults(result.ok ? result.data : null);
    }, DEBOUNCE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [query, search]);

  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={`${id}-search`}>Search sources</Label>
      <Input
        id={`${id}-search`}
        ref={inputRef}
        type="search"
        placeholder="Title, publisher or address"
        value={query}
        disabled={disabled}
        onChange={(event) => setQuery(event.target.value)}
        aria-controls={`${id}-results`}
      />
      {error ? (
        <p role="alert" className="text-destructive text-xs">
          {error}
        </p>
      ) : null}
      <div id={`${id}-results`} aria-live="polite">
        {results === null ? null : results.length === 0 ? (
          <p className="text-muted-foreground text-xs">
            No sources in the library match. Enter a new one below.
          </p>
        ) : (
          <ul
            aria-label="Matching sources"
            className="flex max-h-48 flex-col divide-y overflow-y-auto rounded-md border"
          >
            {results.map((source) => (
              <li key={source.id}>
                <button
                  type="button"
                  className="flex w-full flex-col items-start gap-0.5 px-2 py-1.5 text-left text-sm hover:bg-accent"
                  onClick={() => onPick(source)}
                >
                  <span className="font-medium">{source.title}</span>
                  <SourceMeta source={source} />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
