"use client";

import { useId } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { SourceType } from "@/lib/generated/prisma/enums";
import { SOURCE_TYPES } from "@/lib/sources/schemas";
import { RELIABILITY_LABELS, SOURCE_TYPE_LABELS } from "./labels";

/** A source's details as a form holds them: strings, exactly as typed. */
export type SourceFormValues = {
  title: string;
  url: string;
  publisher: string;
  type: SourceType;
  /** "" for unrated, else "1"–"5". */
  reliability: string;
  notes: string;
};

export const EMPTY_SOURCE_VALUES: SourceFormValues = {
  title: "",
  url: "",
  publisher: "",
  type: "OTHER",
  reliability: "",
  notes: "",
};

/** The values of a stored source, for an edit form. */
export function sourceFormValues(source: {
  title: string;
  url: string | null;
  publisher: string | null;
  type: SourceType;
  reliability: number | null;
  notes?: string | null;
}): SourceFormValues {
  return {
    title: source.title,
    url: source.url ?? "",
    publisher: source.publisher ?? "",
    type: source.type,
    reliability: source.reliability === null ? "" : String(source.reliability),
    notes: source.notes ?? "",
  };
}

/** What the actions take: the same fields, with reliability as a number or null. */
export function sourceInput(values: SourceFormValues, withNotes = true) {
  const { notes, reliability, ...rest } = values;
  return { ...rest, reliability: reliability ? Number(reliability) : null, ...(withNotes ? { notes } : {}) };
}

type SourceFieldsProps = {
  values: SourceFormValues;
  onChange: (values: SourceFormValues) => void;
  /** Per-field messages from the server (`title`, `url` …). */
  fieldErrors?: Record<string, string[] | undefined>;
  withNotes?: boolean;
  disabled?: boolean;
  /** Focused by the evidence form's shortcut. */
  titleRef?: React.Ref<HTMLInputElement>;
};

/** Title, URL, publisher, type, reliability (and notes): the fields of a source, labelled for everyone. */
export function SourceFields({
  values,
  onChange,
  fieldErrors,
  withNotes = true,
  ...props
}: SourceFieldsProps) {
  const id = useId();
  const set = (field: keyof SourceFormValues) => (event: { target: { value: string } }) =>
    onChange({ ...values, [field]: event.target.value });
  const error = (field: string) => {
    const messages = fieldErrors?.[field];
    return messages?.length ? (
      <p id={`${id}-${field}-error`} className="text-destructive text-xs">
        {messages.join(" ")}
      </p>
    ) : null;
  };
  const describedBy = (field: string) => (fieldErrors?.[field]?.length ? `${id}-${field}-error` : undefined);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="flex flex-col gap-1.5 sm:col-span-2">
        <Label htmlFor={`${id}-title`}>Title</Label>
        <Input
          id={`${id}-title`}
          ref={props.titleRef}
          value={values.title}
          onChange={set("title")}
          maxLength={300}
          disabled={props.disabled}
          aria-invalid={Boolean(describedBy("title"))}
          aria-describedby={describedBy("title")}
        />
        {error("title")}
      </div>
      <div className="flex flex-col gap-1.5 sm:col-span-2">
        <Label htmlFor={`${id}-url`}>URL</Label>
        <Input
          id={`${id}-url`}
          // Not type="url": the server reads "example.com/report" too, and says what is wrong in words.
          inputMode="url"
          placeholder="https://"
          value={values.url}
          onChange={set("url")}
          maxLength={2048}
          disabled={props.disabled}
          aria-invalid={Boolean(describedBy("url"))}
          aria-describedby={describedBy("url")}
        />
        {error("url")}
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-publisher`}>Publisher</Label>
        <Input
          id={`${id}-publisher`}
          value={values.publisher}
          onChange={set("publisher")}
          maxLength={200}
          disabled={props.disabled}
        />
        {error("publisher")}
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-type`}>Source type</Label>
        <Select id={`${id}-type`} value={values.type} onChange={set("type")} disabled={props.disabled}>
          {SOURCE_TYPES.map((type) => (
            <option key={type} value={type}>
              {SOURCE_TYPE_LABELS[type]}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-reliability`}>Reliability</Label>
        <Select
          id={`${id}-reliability`}
          value={values.reliability}
          onChange={set("reliability")}
          disabled={props.disabled}
        >
          <option value="">Unrated</option>
          {[5, 4, 3, 2, 1].map((score) => (
            <option key={score} value={String(score)}>
              {RELIABILITY_LABELS[score]}
            </option>
          ))}
        </Select>
        {error("reliability")}
      </div>
      {withNotes ? (
        <div className="flex flex-col gap-1.5 sm:col-span-2">
          <Label htmlFor={`${id}-notes`}>Notes</Label>
          <Textarea
            id={`${id}-notes`}
            rows={3}
            className="min-h-20"
            value={values.notes}
            onChange={set("notes")}
            maxLength={5000}
            disabled={props.disabled}
          />
          {error("notes")}
        </div>
      ) : null}
    </div>
  );
}
