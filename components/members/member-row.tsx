import { changeRoleAction, removeMemberAction } from "@/app/(workspace)/members/actions";
import { InlineActionForm } from "@/components/forms/inline-action-form";
import { Badge } from "@/components/ui/badge";
import type { MemberListItem } from "@/lib/members/find-members";
import { ROLE_LABELS } from "./role-label";

type MemberRowProps = { member: MemberListItem; canManage: boolean; isSelf: boolean };

/** A member with their role; owners get controls to change it or remove them. */
export function MemberRow({ member, canManage, isSelf }: MemberRowProps) {
  return (
    <tr className="border-b last:border-0">
      <td className="py-3 pr-4">
        <div className="font-medium">
          {member.name}
          {isSelf ? <span className="ml-2 text-muted-foreground text-xs">(you)</span> : null}
        </div>
        <div className="text-muted-foreground text-sm">{member.email}</div>
      </td>
      <td className="py-3 pr-4">
        {canManage ? (
          <InlineActionForm
            action={changeRoleAction}
            fields={{ membershipId: member.membershipId }}
            label="Change role"
            pendingLabel="Saving…"
            successMessage="Role saved."
          >
            <select
              name="role"
              defaultValue={member.role}
              aria-label={`Role of ${member.name}`}
              className="h-8 rounded-md border border-input bg-background px-2 text-sm"
            >
              {(["OWNER", "EDITOR", "VIEWER"] as const).map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          </InlineActionForm>
        ) : (
          <Badge variant="secondary">{ROLE_LABELS[member.role]}</Badge>
        )}
      </td>
      {canManage ? (
        <td className="py-3 text-right">
          <InlineActionForm
            action={removeMemberAction}
            fields={{ membershipId: member.membershipId }}
            label="Remove"
            pendingLabel="Removing…"
            variant="ghost"
            confirm={`Remove ${member.name} from this workspace? They lose access at once.`}
          />
        </td>
      ) : null}
    </tr>
  );
}
