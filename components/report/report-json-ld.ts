import { jsonForScript, renderClaimReviewJsonLd } from "@/lib/exports/claimreview";
import type { ExportContext } from "@/lib/exports/formats";

/**
 * The ClaimReview JSON-LD the report page and the HTML download embed as `<script type="application/ld+json">`:
 * data for search engines, never executed, so CSP nonces do not apply. jsonForScript escapes "<", so no
 * quote or rationale can close the element.
 */
export function claimReviewJsonLd(context: ExportContext): object[] {
  return renderClaimReviewJsonLd(context);
}

export { jsonForScript as serializeJsonLd };

/** The JSON-LD as script tags, for the standalone HTML download. */
export function jsonLdScripts(context: ExportContext): string {
  return claimReviewJsonLd(context)
    .map((value) => `<script type="application/ld+json">${jsonForScript(value)}</script>`)
    .join("");
}
