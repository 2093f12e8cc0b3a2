import { respondWithAction } from "@/lib/http/action-route";
import { readJson } from "@/lib/http/read-json";
import { inviteMember } from "@/lib/members/invite-actions";

/** POST { email, role } → the invitation, with its single-use token (owners only). */
export async function POST(request: Request) {
  return respondWithAction(inviteMember, request, await readJson(request));
}
