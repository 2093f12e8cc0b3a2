import type { ComponentProps } from "react";
import { Select } from "@/components/ui/select";
import { CLAIM_KINDS } from "@/lib/claims/schemas";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import { KIND_LABELS } from "./labels";

type KindSelectProps = Omit<ComponentProps<"select">, "value" | "onChange"> & {
  value: ClaimKind;
  onValueChange: (kind: ClaimKind) => void;
};

/** The kinds of claim, by their newsroom names. */
export function KindSelect({ value, onValueChange, ...props }: KindSelectProps) {
  return (
    <Select {...props} value={value} onChange={(event) => onValueChange(event.target.value as ClaimKind)}>
      {CLAIM_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {KIND_LABELS[kind]}
        </option>
      ))}
    </Select>
  );
}
