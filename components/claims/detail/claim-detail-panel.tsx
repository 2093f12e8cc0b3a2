"use client";

import { useCallback, useEffect, useState } from "react";
import { readClaimDetailAction } from "@/app/(workspace)/articles/[articleId]/claim-actions";
import type { ClaimDetail } from "@/lib/claims/claim-detail";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { Verdict } from "@/lib/generated/prisma/enums";
import type { MemberOption } from "@/lib/members/find-member-options";
import { AssignPart } from "./assign-part";
import { DiscussionPart } from "./discussion-part";
import { EvidencePart } from "./evidence-part";
import { HistoryPart } from "./history-part";
import type { DetailPartProps } from "./types";
import { VerdictPart } from "./verdict-part";

/** A keyboard request for one part of the panel; `count` goes up with every press. */
export type PartRequest = {
  part: "verdict" | "evidence" | "discussion" | "assign";
  count: number;
  verdict: Verdict | null;
};

type ClaimDetailPanelProps = {
  claimId: string;
  canEdit: boolean;
  userId: string;
  members: MemberOption[];
  request: PartRequest | null;
  /** Goes up when someone else changed the article, so the open claim is read again. */
  refreshKey: number;
  onClaimChanged: (claim: ClaimView) => void;
};

/**
 * The open claim's working surface: who it is assigned to, its verdict,
 * evidence, discussion and history. Each part writes on its own; the panel
 * reads the claim again after every write, conflict, or outside change.
 */
export function ClaimDetailPanel(props: ClaimDetailPanelProps) {
  const { claimId, onClaimChanged } = props;
  const [detail, setDetail] = useState<ClaimDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reads, setReads] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reads` and `refreshKey` are the triggers of a new read.
  useEffect(() => {
    let isCurrent = true;
    readClaimDetailAction({ claimId }).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) return setError(result.error);
      setError(null);
      setDetail(result.data);
      onClaimChanged(result.data.claim);
    });
    return () => {
      isCurrent = false;
    };
  }, [claimId, reads, props.refreshKey, onClaimChanged]);

  const onChanged = useCallback(
    (claim?: ClaimView) => {
      if (claim) onClaimChanged(claim);
      setReads((count) => count + 1);
    },
    [onClaimChanged],
  );

  if (error) {
    return (
      <p role="alert" className="mt-2 text-destructive text-sm">
        {error}
      </p>
    );
  }
  // The previous claim's detail stays hidden until this one's arrives.
  if (!detail || detail.claim.id !== claimId) {
    return <p className="mt-2 text-muted-foreground text-sm">Loading the claim…</p>;
  }
  const focusOf = (part: PartRequest["part"]) => (props.request?.part === part ? props.request.count : 0);
  const parts: Omit<DetailPartProps, "focusRequest"> = {
    detail,
    canEdit: props.canEdit,
    userId: props.userId,
    members: props.members,
    onChanged,
  };
  return (
    <section className="mt-3 flex flex-col gap-4 border-t pt-3" aria-label="Claim detail">
      <AssignPart {...parts} focusRequest={focusOf("assign")} />
      <Section title="Verdict">
        <VerdictPart
          {...parts}
          focusRequest={focusOf("verdict")}
          requestedVerdict={props.request?.part === "verdict" ? props.request.verdict : null}
        />
      </Section>
      <Section title="Evidence">
        <EvidencePart {...parts} focusRequest={focusOf("evidence")} />
      </Section>
      <Section title="Discussion">
        <DiscussionPart {...parts} focusRequest={focusOf("discussion")} />
      </Section>
      <details>
        <summary className="cursor-pointer font-medium text-sm">History</summary>
        <HistoryPart {...parts} focusRequest={0} />
      </details>
    </section>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-2" aria-label={title}>
      <h3 className="font-medium text-sm">{title}</h3>
      {children}
    </section>
  );
}
