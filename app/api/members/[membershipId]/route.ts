import { respondWithAction } from "@/lib/http/action-route";
import { readJson } from "@/lib/http/read-json";
import { changeMemberRole, removeMember } from "@/lib/members/member-actions";

type Context = { params: Promise<{ membershipId: string }> };

/** PATCH { role } → the member's new role (owners only; never the last owner). */
export async function PATCH(request: Request, { params }: Context) {
  const body = (await readJson(request)) as { role?: unknown } | undefined;
  return respondWithAction(changeMemberRole, request, {
    membershipId: (await params).membershipId,
    role: body?.role,
  });
}

/** DELETE → removes the member (owners only; never the last owner). */
export async function DELETE(request: Request, { params }: Context) {
  return respondWithAction(removeMember, request, { membershipId: (await params).membershipId });
}
