import type { Metadata } from "next";
import { InlineActionForm } from "@/components/forms/inline-action-form";
import { InviteForm } from "@/components/members/invite-form";
import { MemberRow } from "@/components/members/member-row";
import { ROLE_LABELS } from "@/components/members/role-label";
import { requireUser } from "@/lib/auth/session";
import { findMembers } from "@/lib/members/find-members";
import { inviteMemberAction, revokeInviteAction } from "./actions";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const user = await requireUser();
  const { members, invites } = await findMembers({ user });
  const canManage = user.role === "OWNER";

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="font-semibold text-2xl tracking-tight">Members</h1>
        <p className="text-muted-foreground text-sm">
          {canManage
            ? `People in ${user.workspace.name}. Owners manage members; editors review; viewers read and export.`
            : `People in ${user.workspace.name}. Only owners can invite or change members.`}
        </p>
      </div>
      {canManage ? (
        <section aria-labelledby="invite-heading" className="flex flex-col gap-3">
          <h2 id="invite-heading" className="font-semibold text-lg">
            Invite someone
          </h2>
          <InviteForm action={inviteMemberAction} />
        </section>
      ) : null}
      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="sr-only">
          Current members
        </h2>
        <table className="w-full text-left">
          <thead className="border-b text-muted-foreground text-xs uppercase">
            <tr>
              <th className="py-2 pr-4 font-medium">Member</th>
              <th className="py-2 pr-4 font-medium">Role</th>
              {canManage ? <th className="py-2 font-medium sr-only">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <MemberRow
                key={member.membershipId}
                member={member}
                canManage={canManage}
                isSelf={member.userId === user.id}
              />
            ))}
          </tbody>
        </table>
      </section>
      {canManage && invites.length > 0 ? (
        <section aria-labelledby="invites-heading" className="flex flex-col gap-3">
          <h2 id="invites-heading" className="font-semibold text-lg">
            Pending invitations
          </h2>
          <ul className="flex flex-col divide-y rounded-md border">
            {invites.map((invite) => (
              <li key={invite.id} className="flex items-center justify-between gap-4 p-3 text-sm">
                <span>
                  {invite.email} · {ROLE_LABELS[invite.role]} · expires{" "}
                  {invite.expiresAt.toISOString().slice(0, 10)}
                </span>
                <InlineActionForm
                  action={revokeInviteAction}
                  fields={{ inviteId: invite.id }}
                  label="Revoke"
                  pendingLabel="Revoking…"
                  variant="ghost"
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
