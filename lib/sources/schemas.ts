import { z } from "zod";

export const SOURCE_TYPES = [
  "GOVERNMENT",
  "MILITARY",
  "STATE_MEDIA",
  "WIRE_AGENCY",
  "NEWS_OUTLET",
  "NGO",
  "ACADEMIC",
  "SOCIAL_MEDIA",
  "ANONYMOUS",
  "OTHER",
] as const;

export const MAX_SOURCE_URL_LENGTH = 2048;
const ZId = z.string().min(1).max(64);

export const ZSourceType = z.enum(SOURCE_TYPES, { message: "Choose what kind of source this is." });

/** Optional free text: trimmed, and empty means none. */
function optionalText(max: number, message: string) {
  return z
    .string()
    .trim()
    .max(max, message)
    .nullish()
    .transform((value) => value || null);
}

/**
 * A source's web address: optional, http or https only (it is shown as a
 * link and may be fetched for a snapshot). "example.com/report" is read as
 * https, as people copy it from an address bar.
 */
export const ZSourceUrl = z
  .string()
  .trim()
  .max(MAX_SOURCE_URL_LENGTH, `Keep the URL under ${MAX_SOURCE_URL_LENGTH.toLocaleString("en")} characters.`)
  .nullish()
  .transform((value, context) => {
    if (!value) return null;
    const url = parseWebAddress(value);
    if (typeof url === "string") {
      context.addIssue({ code: "custom", message: url });
      return z.NEVER;
    }
    if (url.href.length > MAX_SOURCE_URL_LENGTH) {
      context.addIssue({
        code: "custom",
        message: `Keep the URL under ${MAX_SOURCE_URL_LENGTH.toLocaleString("en")} characters.`,
      });
      return z.NEVER;
    }
    return url.href;
  });

/** The URL, or a message saying why it is not a web address Factdesk links to. */
function parseWebAddress(value: string): URL | string {
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[^:/]+:\d+(\/|$)/.test(value);
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    return "This is not a web address; it should start with https://.";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return "Only http and https addresses can be used for a source.";
  }
  if (!url.hostname || (!hasScheme && !url.hostname.includes("."))) {
    return "This is not a web address; it should start with https://.";
  }
  if (url.username || url.password) return "Remove the user name or password from the address.";
  return url;
}

const RELIABILITY_MESSAGE = "Rate reliability from 1 (least) to 5 (most reliable), or leave it unrated.";

/** 1–5, or null for unrated; forms send "" or "3", JSON sends null or 3. */
export const ZReliability = z.preprocess(
  (value) =>
    value === undefined || value === null || value === ""
      ? null
      : typeof value === "string"
        ? Number(value)
        : value,
  z
    .number({ message: RELIABILITY_MESSAGE })
    .int(RELIABILITY_MESSAGE)
    .min(1, RELIABILITY_MESSAGE)
    .max(5, RELIABILITY_MESSAGE)
    .nullable(),
);

/** What an editor records about a source. */
export const ZSourceFields = z.object({
  url: ZSourceUrl,
  title: z
    .string({ message: "Enter the source's title." })
    .trim()
    .min(1, "Enter the source's title.")
    .max(300, "Keep the title under 300 characters."),
  publisher: optionalText(200, "Keep the publisher under 200 characters."),
  type: ZSourceType.default("OTHER"),
  reliability: ZReliability,
  notes: optionalText(5000, "Keep the notes under 5,000 characters."),
});

export const ZCreateSourceInput = ZSourceFields;
export const ZUpdateSourceInput = ZSourceFields.extend({
  sourceId: ZId,
  /** The revision the editor started from; a newer one on the server is a conflict. */
  revision: z.coerce.number().int().min(0),
});
export const ZSourceIdInput = z.object({ sourceId: ZId });
export const ZSearchSourcesInput = z.object({
  query: z.string().trim().max(200, "Search with at most 200 characters.").default(""),
  type: ZSourceType.optional(),
});

export type SourceFields = z.infer<typeof ZSourceFields>;
export type SourceFieldsInput = z.input<typeof ZSourceFields>;
