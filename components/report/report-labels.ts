import type { ReviewStatus, VersionOrigin } from "@/lib/generated/prisma/enums";

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  READY_FOR_SIGNOFF: "Ready for sign-off",
  APPROVED: "Approved",
};

export const VERSION_ORIGIN_LABELS: Record<VersionOrigin, string> = {
  PASTE: "pasted",
  UPLOAD: "uploaded file",
  URL: "from the web",
  WIRE: "wire copy",
  SEED: "sample data",
  RESTORE: "restored",
};

/** What the report says of a claim whose words are not in the exported version. */
export const NOT_FOUND_LABEL = "Not found in this version";
