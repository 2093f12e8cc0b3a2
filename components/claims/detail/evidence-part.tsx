"use client";

import { useEffect, useRef, useState } from "react";
import { STANCE_HEADINGS } from "@/components/sources/labels";
import { Button } from "@/components/ui/button";
import { STANCES } from "@/lib/evidence/schemas";
import { EvidenceForm } from "./evidence-form";
import { EvidenceItem } from "./evidence-item";
import type { DetailPartProps } from "./types";

/**
 * The claim's evidence, grouped by stance (supporting, refuting, context),
 * and for editors a form to attach a source and buttons to remove one.
 * The `s` shortcut opens the form and puts the cursor in it.
 */
export function EvidencePart(props: DetailPartProps) {
  const { detail, canEdit, onChanged, focusRequest } = props;
  const [isAdding, setIsAdding] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const seenRequest = useRef(focusRequest);

  useEffect(() => {
    // Only a new press counts: not the value at mount, nor the reset to 0 when another part is asked for.
    if (focusRequest === seenRequest.current) return;
    seenRequest.current = focusRequest;
    if (focusRequest === 0 || !canEdit) return;
    setIsAdding(true);
    setFocusKey((key) => key + 1);
  }, [focusRequest, canEdit]);

  const groups = STANCES.map((stance) => ({
    stance,
    items: detail.evidence.filter((evidence) => evidence.stance === stance),
  })).filter((group) => group.items.length > 0);

  return (
    <div className="flex flex-col gap-3">
      {groups.length === 0 ? (
        <p className="text-muted-foreground text-sm">
          No sources yet.{canEdit ? " Attach one to support, refute or give context to this claim." : ""}
        </p>
      ) : (
        groups.map((group) => (
          <section
            key={group.stance}
            aria-label={`${STANCE_HEADINGS[group.stance]} sources`}
            className="flex flex-col gap-1"
          >
            <h4 className="font-medium text-muted-foreground text-xs uppercase">
              {STANCE_HEADINGS[group.stance]} ({group.items.length})
            </h4>
            <ul className="flex flex-col gap-2">
              {group.items.map((evidence) => (
                <EvidenceItem key={evidence.id} evidence={evidence} canEdit={canEdit} onChanged={onChanged} />
              ))}
            </ul>
          </section>
        ))
      )}
      {canEdit ? (
        isAdding ? (
          <EvidenceForm
            claimId={detail.claim.id}
            focusKey={focusKey}
            onAttached={() => {
              setIsAdding(false);
              onChanged();
            }}
            onConflict={() => onChanged()}
            onCancel={() => setIsAdding(false)}
          />
        ) : (
          <Button
            size="sm"
            variant="outline"
            className="self-start"
            onClick={() => {
              setIsAdding(true);
              setFocusKey((key) => key + 1);
            }}
            aria-keyshortcuts="s"
          >
            Add source
          </Button>
        )
      ) : null}
    </div>
  );
}
