import type { Role } from "@/lib/generated/prisma/enums";

export const ROLE_LABELS: Record<Role, string> = { OWNER: "Owner", EDITOR: "Editor", VIEWER: "Viewer" };

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  OWNER: "members, settings and everything editors do",
  EDITOR: "import, claims, sources, verdicts, exports",
  VIEWER: "read and export only",
};
