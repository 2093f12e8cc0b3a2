import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";

// The same words whether the article never existed or belongs to another newsroom: existence isn't revealed.
export default function ArticleNotFound() {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
      <h1 className="font-semibold text-2xl">Article not found</h1>
      <p className="text-muted-foreground">
        This article doesn’t exist, or it belongs to a newsroom you’re not a member of.
      </p>
      <Button asChild>
        <Link href="/articles">Back to articles</Link>
      </Button>
    </div>
  );
}
