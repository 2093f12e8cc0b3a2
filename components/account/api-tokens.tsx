"use client";

import { useId, useState } from "react";
import { createApiTokenAction } from "@/app/(workspace)/account/token-actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { ApiTokenView } from "@/lib/api-tokens/find-api-tokens";
import { ApiTokenList } from "./api-tokens-list";
import { NewApiToken } from "./api-tokens-new-token";

const EXPIRY_CHOICES = [
  { value: "30", label: "In 30 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In 365 days" },
  { value: "never", label: "Never" },
];

type ApiTokensProps = { tokens: ApiTokenView[]; workspaceName: string };

/**
 * Personal API tokens: a form to create one (shown once, to copy), and the live ones with
 * "Revoke". What the user typed stays in the form after an error.
 */
export function ApiTokens({ tokens, workspaceName }: ApiTokensProps) {
  const ids = { name: useId(), expires: useId() };
  const [name, setName] = useState("");
  const [expires, setExpires] = useState("90");
  const [error, setError] = useState<{ message: string; field?: "name" | "expiresInDays" } | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function create(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsPending(true);
    const result = await createApiTokenAction({
      name,
      expiresInDays: expires === "never" ? null : Number(expires),
    });
    setIsPending(false);
    if (!result.ok) {
      const field = result.fieldErrors?.name
        ? "name"
        : result.fieldErrors?.expiresInDays
          ? "expiresInDays"
          : undefined;
      setError({ message: result.error, field });
      return;
    }
    setError(null);
    setName("");
    setCreated({ name: result.data.name, token: result.data.token });
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={create} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-2">
          <Label htmlFor={ids.name}>Token name</Label>
          <Input
            id={ids.name}
            value={name}
            maxLength={100}
            placeholder="e.g. CMS export"
            onChange={(event) => setName(event.target.value)}
            aria-invalid={error?.field === "name" || undefined}
            aria-describedby={error?.field === "name" ? `${ids.name}-error` : undefined}
          />
        </div>
        <div className="flex flex-col gap-2 sm:w-40">
          <Label htmlFor={ids.expires}>Expires</Label>
          <Select id={ids.expires} value={expires} onChange={(event) => setExpires(event.target.value)}>
            {EXPIRY_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Creating…" : "Create token"}
        </Button>
      </form>
      {error ? (
        <p id={`${ids.name}-error`} role="alert" className="text-destructive text-sm">
          {error.message}
        </p>
      ) : null}
      {created ? (
        <NewApiToken {...created} workspaceName={workspaceName} onDismiss={() => setCreated(null)} />
      ) : null}
      <ApiTokenList tokens={tokens} />
    </div>
  );
}
