import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in editor and the newsroom they are working in (their active workspace). */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  workspace: { id: string; slug: string; name: string };
  role: Role;
};
