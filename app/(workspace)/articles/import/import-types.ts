import type { SameStory } from "@/lib/articles/find-same-story";
import type { ArticleSummary } from "@/lib/articles/get-article-summary";
import type { ArticleDraft } from "@/lib/intake/types";

/** A source read for review: the draft, and the article it may update. */
export type Preview = { draft: ArticleDraft; sameStory: SameStory | null };

/** The article a new version goes to, when the editor came from its page. */
export type ImportTarget = ArticleSummary | null;

/** Extensions the file picker offers; the server checks the content whatever the name says. */
export const ACCEPTED_FILES = ".txt,.text,.wire,.md,.markdown,.html,.htm,.xhtml,.docx";
