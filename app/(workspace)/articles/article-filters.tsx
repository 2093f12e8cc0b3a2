import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Link } from "@/components/ui/link";
import { Select } from "@/components/ui/select";
import type { ArticleListFilters } from "@/lib/articles/find-list-filters";
import type { ArticleListQuery } from "@/lib/articles/list-query";

const STATUS_LABELS = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  READY_FOR_SIGNOFF: "Ready for sign-off",
  APPROVED: "Approved",
} as const;

const SORT_LABELS = {
  relevance: "Best match",
  "published-desc": "Newest published",
  "published-asc": "Oldest published",
  "updated-desc": "Recently changed",
  "title-asc": "Title A–Z",
} as const;

/**
 * Search and filters as a plain GET form: the address bar holds the whole
 * query, so a filtered list can be bookmarked, shared and reloaded, and it
 * works before any JavaScript runs.
 */
export function ArticleFilters({ query, filters }: { query: ArticleListQuery; filters: ArticleListFilters }) {
  return (
    <search aria-label="Articles">
      <form method="get" action="/articles" className="flex flex-col gap-3">
        <div className="flex gap-2">
          <Label htmlFor="article-search" className="sr-only">
            Search titles and text
          </Label>
          <Input
            id="article-search"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="Search titles and text, e.g. casualties Kursk or “nine lives”"
          />
          <Button type="submit">Search</Button>
        </div>
        <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
          <FilterSelect id="filter-status" name="status" label="Status" value={query.status}>
            <option value="">Any status</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect id="filter-assignee" name="assignee" label="Assignee" value={query.assignee}>
            <option value="">Anyone</option>
            <option value="me">Assigned to me</option>
            <option value="none">Unassigned</option>
            {filters.assignees.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect id="filter-outlet" name="outlet" label="Outlet" value={query.outlet}>
            <option value="">Any outlet</option>
            {filters.outlets.map((outlet) => (
              <option key={outlet} value={outlet}>
                {outlet}
              </option>
            ))}
          </FilterSelect>
          <DateInput id="filter-from" name="from" label="Published from" value={query.from} />
          <DateInput id="filter-to" name="to" label="Published to" value={query.to} />
          <FilterSelect id="filter-sort" name="sort" label="Sort by" value={query.sort}>
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value} disabled={value === "relevance" && !query.q}>
                {label}
              </option>
            ))}
          </FilterSelect>
        </div>
        <div className="flex gap-3">
          <Button type="submit" variant="outline" size="sm">
            Apply filters
          </Button>
          <Button asChild variant="ghost" size="sm">
            <Link href="/articles">Clear</Link>
          </Button>
        </div>
      </form>
    </search>
  );
}

type FilterSelectProps = {
  id: string;
  name: string;
  label: string;
  value?: string;
  children: React.ReactNode;
};

function FilterSelect({ id, name, label, value, children }: FilterSelectProps) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} name={name} defaultValue={value ?? ""}>
        {children}
      </Select>
    </div>
  );
}

function DateInput({ id, name, label, value }: { id: string; name: string; label: string; value?: string }) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name={name} type="date" defaultValue={value ?? ""} />
    </div>
  );
}
