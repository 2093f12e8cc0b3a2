import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import type { ExportFormat } from "@/lib/exports/formats";

const DOWNLOADS: { format: ExportFormat; label: string }[] = [
  { format: "pdf", label: "PDF" },
  { format: "html", label: "HTML" },
  { format: "md", label: "Markdown" },
  { format: "csv", label: "CSV (claims)" },
  { format: "w3c", label: "W3C annotations" },
  { format: "claimreview", label: "ClaimReview" },
];

/** Downloads of every format and the paper choice; hidden when printing. No client JS: plain links. */
export function ReportToolbar({ articleId, paper }: { articleId: string; paper: "a4" | "letter" }) {
  const base = `/articles/${articleId}/report`;
  return (
    <nav
      aria-label="Report"
      className="mb-8 flex flex-col gap-3 rounded-lg border bg-card p-4 text-sm print:hidden"
    >
      <div className="flex flex-wrap items-center gap-2">
        <Link href={`/articles/${articleId}`} className="mr-2 underline underline-offset-2">
          Back to the article
        </Link>
        <span className="text-muted-foreground">Download:</span>
        {DOWNLOADS.map(({ format, label }) => (
          <Button key={format} asChild variant="outline" size="sm">
            <a href={`/api/articles/${articleId}/export?format=${format}`} download>
              {label}
            </a>
          </Button>
        ))}
      </div>
      <p className="text-muted-foreground">
        Paper for printing:{" "}
        {paper === "a4" ? (
          <strong aria-current="true">A4</strong>
        ) : (
          <Link href={base} className="underline underline-offset-2">
            A4
          </Link>
        )}{" "}
        ·{" "}
        {paper === "letter" ? (
          <strong aria-current="true">US Letter</strong>
        ) : (
          <Link href={`${base}?paper=letter`} className="underline underline-offset-2">
            US Letter
          </Link>
        )}
        . Print or save as PDF from your browser (Ctrl+P / ⌘P); the PDF download is made on the server.
      </p>
    </nav>
  );
}
