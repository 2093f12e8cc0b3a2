import type { Role } from "@/lib/generated/prisma/enums";

/**
 * What an action needs of the user's role in the active workspace:
 * read (every member: viewer, editor, owner), write (editors and owners:
 * import, claims, sources, verdicts), manage (owners: members, settings).
 */
export type Permission = "read" | "write" | "manage";

const GRANTS: Record<Role, readonly Permission[]> = {
  VIEWER: ["read"],
  EDITOR: ["read", "write"],
  OWNER: ["read", "write", "manage"],
};

/** True when `role` carries `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
