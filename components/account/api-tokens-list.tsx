"use client";

import { useState } from "react";
import { revokeApiTokenAction } from "@/app/(workspace)/account/token-actions";
import { formatUtcDate } from "@/components/articles/article-date";
import { Button } from "@/components/ui/button";
import type { ApiTokenView } from "@/lib/api-tokens/find-api-tokens";

/** The user's live tokens (and expired ones, marked), each with "Revoke". */
export function ApiTokenList({ tokens }: { tokens: ApiTokenView[] }) {
  if (tokens.length === 0) return <p className="text-muted-foreground text-sm">You have no API tokens.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b text-muted-foreground text-xs uppercase">
          <tr>
            <th className="py-2 pr-3 font-medium">Name</th>
            <th className="py-2 pr-3 font-medium">Token</th>
            <th className="py-2 pr-3 font-medium">Created</th>
            <th className="py-2 pr-3 font-medium">Last used</th>
            <th className="py-2 pr-3 font-medium">Expires</th>
            <th className="py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <ApiTokenRow key={token.id} token={token} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ApiTokenRow({ token }: { token: ApiTokenView }) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const isExpired = token.expiresAt !== null && token.expiresAt.getTime() <= Date.now();

  async function revoke() {
    if (!window.confirm(`Revoke “${token.name}”? Anything using it stops working at once.`)) return;
    setIsPending(true);
    const result = await revokeApiTokenAction({ tokenId: token.id });
    setIsPending(false);
    setError(result.ok ? null : result.error);
  }

  return (
    <tr className="border-b align-top">
      <td className="py-2 pr-3 font-medium">{token.name}</td>
      <td className="py-2 pr-3 font-mono">{token.prefix}…</td>
      <td className="py-2 pr-3">{formatUtcDate(token.createdAt)}</td>
      <td className="py-2 pr-3">{token.lastUsedAt ? formatUtcDate(token.lastUsedAt) : "Never"}</td>
      <td className="py-2 pr-3">
        {token.expiresAt ? (
          isExpired ? (
            <span className="text-destructive">Expired {formatUtcDate(token.expiresAt)}</span>
          ) : (
            formatUtcDate(token.expiresAt)
          )
        ) : (
          "Never"
        )}
      </td>
      <td className="py-2 text-right">
        <Button
          size="sm"
          variant="ghost"
          disabled={isPending}
          onClick={revoke}
          aria-label={`Revoke ${token.name}`}
        >
          {isPending ? "Revoking…" : "Revoke"}
        </Button>
        {error ? (
          <p role="alert" className="text-destructive text-sm">
            {error}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
