import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const ZSwitchWorkspaceInput = z.object({ workspaceId: z.string().min(1).max(64) });

/** Makes another of the user's workspaces the active one (the caller stores the choice in a cookie). */
export const switchWorkspace = defineAction({
  name: "workspaces.switch",
  permission: "read",
  input: ZSwitchWorkspaceInput,
  run: async ({ user, input }) => {
    const membership = await getPrisma().membership.findUnique({
      where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: user.id } },
      select: { workspace: { select: { id: true, name: true } } },
    });
    if (!membership)
      throw new AppError("NOT_FOUND", "That workspace does not exist or you are not a member.");
    return membership.workspace;
  },
});

export const workspaceActions = [switchWorkspace];
