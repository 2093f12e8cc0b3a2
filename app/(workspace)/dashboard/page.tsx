import type { Metadata } from "next";
import { ArticleProgressTable } from "@/components/dashboard/article-progress-table";
import { VerdictSummary } from "@/components/dashboard/verdict-summary";
import { WorkloadSection } from "@/components/dashboard/workload-section";
import { requireUser } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dashboard/get-dashboard";

export const metadata: Metadata = { title: "Dashboard" };

/** Where the active workspace's review stands: progress per article, verdicts, overdue and assigned work. */
export default async function DashboardPage() {
  const user = await requireUser();
  const dashboard = await getDashboard({ user });

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="font-semibold text-2xl tracking-tight">Dashboard</h1>
        <p className="text-muted-foreground text-sm">Where the review stands in {user.workspace.name}.</p>
      </div>
      <section aria-labelledby="progress-heading" className="flex flex-col gap-3">
        <h2 id="progress-heading" className="font-semibold text-lg">
          Review progress
        </h2>
        <ArticleProgressTable
          articles={dashboard.articles}
          total={dashboard.articleTotal}
          now={dashboard.now}
        />
      </section>
      <WorkloadSection workload={dashboard.workload} now={dashboard.now} userId={user.id} />
      <VerdictSummary verdicts={dashboard.verdicts} />
    </div>
  );
}
