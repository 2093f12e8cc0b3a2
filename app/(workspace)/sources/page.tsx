import type { Metadata } from "next";
import { SOURCE_TYPE_LABELS } from "@/components/sources/labels";
import { SourceCreateForm } from "@/components/sources/source-create-form";
import { SourceMeta } from "@/components/sources/source-meta";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Link } from "@/components/ui/link";
import { Select } from "@/components/ui/select";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import type { SourceType } from "@/lib/generated/prisma/enums";
import { findSources } from "@/lib/sources/find-sources";
import { SOURCE_TYPES } from "@/lib/sources/schemas";

export const metadata: Metadata = { title: "Sources" };

const LIMIT = 100;

type SourcesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The search from the address bar: words and a type, anything else ignored. */
function parseQuery(params: Record<string, string | string[] | undefined>) {
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const q = single(params.q)?.trim().slice(0, 200) ?? "";
  const type = SOURCE_TYPES.find((candidate) => candidate === single(params.type));
  return { q, type: type as SourceType | undefined };
}

export default async function SourcesPage({ searchParams }: SourcesPageProps) {
  const user = await requireUser();
  const query = parseQuery(await searchParams);
  const sources = await findSources({ user, query: query.q, type: query.type, limit: LIMIT + 1 });
  const shown = sources.slice(0, LIMIT);
  const isFiltered = Boolean(query.q || query.type);

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="font-semibold text-2xl tracking-tight">Sources</h1>
        <p className="text-muted-foreground text-sm">
          The library of {user.workspace.name}: every source cited as evidence, reusable across claims.
        </p>
      </div>
      <search aria-label="Sources">
        <form method="get" action="/sources" className="flex flex-wrap items-end gap-2">
          <div className="flex min-w-64 flex-1 flex-col gap-1.5">
            <Label htmlFor="source-search">Search the library</Label>
            <Input
              id="source-search"
              name="q"
              type="search"
              defaultValue={query.q}
              placeholder="Title, publisher or address"
            />
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="source-type-filter">Type</Label>
            <Select id="source-type-filter" name="type" defaultValue={query.type ?? ""}>
              <option value="">Any type</option>
              {SOURCE_TYPES.map((type) => (
                <option key={type} value={type}>
                  {SOURCE_TYPE_LABELS[type]}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit">Search</Button>
          {isFiltered ? (
            <Button asChild variant="ghost">
              <Link href="/sources">Clear</Link>
            </Button>
          ) : null}
        </form>
      </search>
      <section aria-labelledby="library-heading" className="flex flex-col gap-2">
        <h2 id="library-heading" className="sr-only">
          Library
        </h2>
        <p className="text-muted-foreground text-sm" aria-live="polite">
          {shown.length === 0
            ? isFiltered
              ? "No sources match. Try fewer words or another type."
              : "No sources yet. Add one below, or attach one to a claim."
            : sources.length > LIMIT
              ? `Showing the first ${LIMIT} sources${isFiltered ? " that match" : ""}; search to narrow them down.`
              : `${shown.length} ${shown.length === 1 ? "source" : "sources"}${isFiltered ? " match" : ""}`}
        </p>
        {shown.length > 0 ? (
          <table className="w-full text-left text-sm">
            <thead className="border-b text-muted-foreground text-xs uppercase">
              <tr>
                <th className="py-2 pr-4 font-medium">Source</th>
                <th className="py-2 pr-4 font-medium">Address</th>
                <th className="py-2 text-right font-medium">Claims</th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {shown.map((source) => (
                <tr key={source.id}>
                  <td className="py-2 pr-4">
                    <Link href={`/sources/${source.id}`} className="font-medium hover:underline">
                      {source.title}
                    </Link>
                    <br />
                    <SourceMeta source={source} />
                  </td>
                  <td className="max-w-64 truncate py-2 pr-4 text-muted-foreground">{source.url ?? "—"}</td>
                  <td className="py-2 text-right tabular-nums">{source.claimCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      {can(user.role, "write") ? (
        <section aria-labelledby="new-source-heading" className="flex max-w-2xl flex-col gap-3">
          <h2 id="new-source-heading" className="font-semibold text-lg">
            Add a source
          </h2>
          <SourceCreateForm />
        </section>
      ) : null}
    </div>
  );
}
