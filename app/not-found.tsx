import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col items-center gap-4 px-6 py-24 text-center">
      <h1 className="font-semibold text-2xl">Page not found</h1>
      <p className="text-muted-foreground">
        This page doesn’t exist, or it belongs to a newsroom you’re not a member of.
      </p>
      <Button asChild>
        <Link href="/articles">Back to articles</Link>
      </Button>
    </main>
  );
}
