import { inviteMember, revokeInvite } from "./invite-actions";
import { changeMemberRole, removeMember } from "./member-actions";

export const memberActions = [inviteMember, revokeInvite, changeMemberRole, removeMember];
