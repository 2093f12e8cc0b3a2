import { Badge } from "@/components/ui/badge";
import type { ArticleListItem } from "@/lib/articles/find-articles";
import { cn } from "@/lib/utils";

type ReviewStatus = ArticleListItem["status"];

// Text, not colour alone, carries the status; the tint only helps scanning a long list.
const STATUS_DISPLAY: Record<ReviewStatus, { label: string; className: string }> = {
  DRAFT: { label: "Draft", className: "bg-muted text-muted-foreground" },
  IN_REVIEW: { label: "In review", className: "bg-verdict-misleading/10 text-verdict-misleading" },
  READY_FOR_SIGNOFF: { label: "Ready for sign-off", className: "bg-primary/10 text-primary" },
  APPROVED: { label: "Approved", className: "bg-verdict-verified/10 text-verdict-verified" },
};

export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { label, className } = STATUS_DISPLAY[status];
  return (
    <Badge variant="outline" className={cn("border-transparent", className)}>
      {label}
    </Badge>
  );
}
