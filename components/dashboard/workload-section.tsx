import { ReviewStatusBadge } from "@/components/articles/review-status-badge";
import { ROLE_LABELS } from "@/components/members/role-label";
import { Link } from "@/components/ui/link";
import type { Workload } from "@/lib/dashboard/workload";
import { DueDate } from "./due-date";

const HEADER_CELL = "py-2 pr-4 text-left font-medium text-muted-foreground";
const NUMBER_CELL = "py-2 pr-4 text-right tabular-nums";

/** Articles past their due date, and what each member has waiting. */
export function WorkloadSection({
  workload,
  now,
  userId,
}: {
  workload: Workload;
  now: Date;
  userId: string;
}) {
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <section aria-labelledby="overdue-heading" className="flex flex-col gap-3">
        <h2 id="overdue-heading" className="font-semibold text-lg">
          Overdue{workload.overdueTotal > 0 ? ` (${workload.overdueTotal})` : ""}
        </h2>
        {workload.overdue.length === 0 ? (
          <p className="text-muted-foreground text-sm">No article is past its due date.</p>
        ) : (
          <ul className="flex flex-col divide-y rounded-md border text-sm">
            {workload.overdue.map((article) => (
              <li key={article.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 p-3">
                <div className="flex flex-col gap-1">
                  <Link
                    href={`/articles/${article.id}`}
                    className="font-medium underline-offset-2 hover:underline"
                  >
                    {article.title}
                  </Link>
                  <span className="text-muted-foreground">{article.assignee?.name ?? "Unassigned"}</span>
                </div>
                <div className="flex items-start gap-3">
                  <ReviewStatusBadge status={article.status} />
                  <DueDate dueAt={article.dueAt} isOverdue now={now} />
                </div>
              </li>
            ))}
          </ul>
        )}
        {workload.overdueTotal > workload.overdue.length ? (
          <p className="text-muted-foreground text-sm">
            The {workload.overdue.length} most overdue of {workload.overdueTotal}.
          </p>
        ) : null}
      </section>
      <section aria-labelledby="assigned-heading" className="flex flex-col gap-3">
        <h2 id="assigned-heading" className="font-semibold text-lg">
          Assigned work
        </h2>
        <table className="w-full text-sm">
          <caption className="sr-only">Assigned work per member</caption>
          <thead className="border-b">
            <tr>
              <th scope="col" className={HEADER_CELL}>
                Member
              </th>
              <th scope="col" className={`${HEADER_CELL} text-right`}>
                Unreviewed claims
              </th>
              <th scope="col" className={`${HEADER_CELL} text-right`}>
                Open articles
              </th>
              <th scope="col" className={`${HEADER_CELL} text-right`}>
                Overdue
              </th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {workload.members.map((member) => (
              <tr key={member.userId}>
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  <span className="font-medium">{member.name}</span>
                  {member.userId === userId ? <span className="text-muted-foreground"> (you)</span> : null}
                  <span className="block text-muted-foreground text-xs">
                    {member.role ? ROLE_LABELS[member.role] : "No longer a member"}
                  </span>
                </th>
                <td className={NUMBER_CELL}>{member.unreviewedClaims}</td>
                <td className={NUMBER_CELL}>{member.openArticles}</td>
                <td
                  className={`${NUMBER_CELL} ${member.overdueArticles > 0 ? "font-medium text-destructive" : ""}`}
                >
                  {member.overdueArticles}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
