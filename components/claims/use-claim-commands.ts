"use client";

import { type Dispatch, type SetStateAction, useCallback } from "react";
import {
  createClaimAction,
  deleteClaimAction,
  reattachClaimAction,
  retireClaimAction,
  updateClaimAction,
} from "@/app/(workspace)/articles/[articleId]/claim-actions";
import type { TextSelection } from "@/components/editor/review-reader";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import type { ClaimDraft } from "./add-claim-form";
import { pendingClaim, sortClaims } from "./sorted-claims";

type Setters = {
  articleId: string;
  versionId: string;
  setClaims: Dispatch<SetStateAction<ClaimView[]>>;
  setOrphaned: Dispatch<SetStateAction<ClaimView[]>>;
};

/**
 * The review workspace's writes. Each shows its effect at once (a pending
 * highlight, a removed entry) and undoes it with the server's message when
 * the server refuses, so the screen never claims what was not stored.
 * Each returns an error message, or null on success.
 */
export function useClaimCommands({ articleId, versionId, setClaims, setOrphaned }: Setters) {
  const create = useCallback(
    async (
      selection: TextSelection,
      draft: ClaimDraft,
    ): Promise<{ error: string } | { claim: ClaimView }> => {
      const pending = pendingClaim({
        ...selection,
        kind: draft.kind,
        note: draft.note.trim() || null,
        versionId,
      });
      setClaims((claims) => sortClaims([...claims, pending]));
      const result = await createClaimAction({ articleId, versionId, ...selection, ...draft });
      setClaims((claims) => {
        const others = claims.filter((claim) => claim.id !== pending.id);
        return result.ok ? sortClaims([...others, result.data]) : others;
      });
      return result.ok ? { claim: result.data } : { error: result.error };
    },
    [articleId, versionId, setClaims],
  );

  const update = useCallback(
    async (claim: ClaimView, changes: { kind: ClaimKind; note: string }) => {
      const result = await updateClaimAction({ claimId: claim.id, revision: claim.revision, ...changes });
      if (!result.ok) return result.error;
      setClaims((claims) => claims.map((each) => (each.id === claim.id ? result.data : each)));
      return null;
    },
    [setClaims],
  );

  const remove = useCallback(
    async (claim: ClaimView) => {
      setClaims((claims) => claims.filter((each) => each.id !== claim.id));
      const result = await deleteClaimAction({ claimId: claim.id });
      if (result.ok) return null;
      setClaims((claims) => sortClaims([...claims, claim]));
      return result.error;
    },
    [setClaims],
  );

  const reattach = useCallback(
    async (claim: ClaimView, selection: TextSelection) => {
      const result = await reattachClaimAction({ claimId: claim.id, versionId, ...selection });
      if (!result.ok) return result.error;
      setOrphaned((orphaned) => orphaned.filter((each) => each.id !== claim.id));
      setClaims((claims) => sortClaims([...claims, result.data]));
      return null;
    },
    [versionId, setClaims, setOrphaned],
  );

  const retire = useCallback(
    async (claim: ClaimView) => {
      const result = await retireClaimAction({ claimId: claim.id });
      if (!result.ok) return result.error;
      setOrphaned((orphaned) => orphaned.filter((each) => each.id !== claim.id));
      return null;
    },
    [setOrphaned],
  );

  return { create, update, remove, reattach, retire };
}
