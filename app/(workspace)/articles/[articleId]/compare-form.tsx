import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { VersionSummary } from "@/lib/articles/version-summaries";

type CompareFormProps = { articleId: string; versions: VersionSummary[]; from?: number; to?: number };

/** Picks any two versions to compare; a GET form, so the comparison has an address. */
export function CompareForm({ articleId, versions, from, to }: CompareFormProps) {
  const newest = versions[0]?.number ?? 1;
  return (
    <form method="get" action={`/articles/${articleId}/compare`} className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="compare-from">Compare version</Label>
        <Select id="compare-from" name="from" defaultValue={String(from ?? Math.max(1, newest - 1))}>
          {versions.map((version) => (
            <option key={version.number} value={version.number}>
              Version {version.number}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="compare-to">with version</Label>
        <Select id="compare-to" name="to" defaultValue={String(to ?? newest)}>
          {versions.map((version) => (
            <option key={version.number} value={version.number}>
              Version {version.number}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="outline">
        Compare
      </Button>
    </form>
  );
}
