import { randomUUID } from "node:crypto";
import type { MatrixCase, MatrixFixture } from "@/lib/actions/matrix-case";
import { createInviteToken } from "./invite-token";

async function createMember({ prisma, workspaceId }: MatrixFixture) {
  const membership = await prisma.membership.create({
    data: {
      workspace: { connect: { id: workspaceId } },
      role: "EDITOR",
      user: { create: { email: `member-${randomUUID()}@matrix.example`, name: "Matrix member" } },
    },
  });
  return membership.id;
}

export const memberMatrixCases: Record<string, MatrixCase> = {
  "members.invite": {
    targetsObject: false,
    prepare: async () => ({ email: `invitee-${randomUUID()}@matrix.example`, role: "EDITOR" }),
  },
  "members.revokeInvite": {
    targetsObject: true,
    prepare: async ({ prisma, workspaceId, ownerId }) => {
      const invite = await prisma.invite.create({
        data: {
          workspaceId,
          email: `pending-${randomUUID()}@matrix.example`,
          role: "VIEWER",
          tokenHash: createInviteToken().tokenHash,
          expiresAt: new Date(Date.now() + 60_000),
          invitedById: ownerId,
        },
      });
      return { inviteId: invite.id };
    },
  },
  "members.changeRole": {
    targetsObject: true,
    prepare: async (fixture) => ({ membershipId: await createMember(fixture), role: "VIEWER" }),
  },
  "members.remove": {
    targetsObject: true,
    prepare: async (fixture) => ({ membershipId: await createMember(fixture) }),
  },
};
