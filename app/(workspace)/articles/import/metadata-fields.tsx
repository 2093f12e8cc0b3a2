import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ArticleMetadata } from "@/lib/intake/types";

type Field = {
  name: keyof ArticleMetadata;
  label: string;
  type?: "url" | "datetime-local";
  hint?: string;
  required?: boolean;
  wide?: boolean;
};

const FIELDS: Field[] = [
  { name: "title", label: "Title", required: true, wide: true },
  { name: "outlet", label: "Outlet", hint: "The publication, e.g. Reuters" },
  { name: "byline", label: "Byline" },
  { name: "url", label: "Address (URL)", type: "url", hint: "Where the article was published", wide: true },
  { name: "publishedAt", label: "Published (UTC)", type: "datetime-local" },
  { name: "sourceUpdatedAt", label: "Updated (UTC)", type: "datetime-local" },
  { name: "language", label: "Language", hint: "A code such as en, de or pt-BR" },
];

/** The metadata inputs of the review form, filled with what was found, each with its own error. */
export function MetadataFields({
  metadata,
  fieldErrors,
}: {
  metadata: ArticleMetadata;
  fieldErrors?: Record<string, string[] | undefined>;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {FIELDS.map((field) => {
        const id = `metadata-${field.name}`;
        const errors = fieldErrors?.[field.name];
        const described = [field.hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(
          Boolean,
        );
        return (
          <div key={field.name} className={`flex flex-col gap-2 ${field.wide ? "sm:col-span-2" : ""}`}>
            <Label htmlFor={id}>{field.label}</Label>
            <Input
              id={id}
              name={field.name}
              type={field.type ?? "text"}
              required={field.required}
              defaultValue={toInputValue(metadata[field.name])}
              aria-invalid={errors?.length ? true : undefined}
              aria-describedby={described.join(" ") || undefined}
              step={field.type === "datetime-local" ? 60 : undefined}
            />
            {field.hint ? (
              <p id={`${id}-hint`} className="text-muted-foreground text-xs">
                {field.hint}
              </p>
            ) : null}
            {errors?.length ? (
              <p id={`${id}-error`} className="text-destructive text-sm">
                {errors.join(" ")}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/** Dates as a datetime-local input shows them: UTC, to the minute. */
function toInputValue(value: string | Date | null): string {
  if (value instanceof Date) return value.toISOString().slice(0, 16);
  return value ?? "";
}
