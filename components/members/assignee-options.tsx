import { can } from "@/lib/auth/permissions";
import type { MemberOption } from "@/lib/members/find-member-options";

/**
 * The options of an assignee select: "Unassigned" and every member who can review (edit). Someone
 * assigned before they became a viewer or left stays listed, disabled, so the select tells the truth.
 */
export function AssigneeOptions({
  members,
  assigneeId,
}: {
  members: MemberOption[];
  assigneeId: string | null;
}) {
  const reviewers = members.filter((member) => can(member.role, "write"));
  const current = members.find((member) => member.id === assigneeId);
  return (
    <>
      <option value="">Unassigned</option>
      {reviewers.map((member) => (
        <option key={member.id} value={member.id}>
          {member.name}
        </option>
      ))}
      {assigneeId && !reviewers.some((member) => member.id === assigneeId) ? (
        <option value={assigneeId} disabled>
          {current ? `${current.name} (can no longer review)` : "A former member"}
        </option>
      ) : null}
    </>
  );
}
