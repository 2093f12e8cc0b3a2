import type { ArticleExport } from "./article-export";

/** Every format an article leaves Factdesk in (GET /api/articles/{id}/export?format=…). */
export const EXPORT_FORMATS = ["html", "pdf", "md", "csv", "w3c", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a renderer gets: the article's data and the absolute URLs it may link to. */
export type ExportContext = {
  data: ArticleExport;
  /** The app's public origin without a trailing slash, e.g. "https://factdesk.example". */
  appUrl: string;
  /** The report page of this article: `${appUrl}/articles/${id}/report` (claim anchors: `#claim-<n>`). */
  reportUrl: string;
};

/** One rendered export, ready to send. */
export type RenderedExport = {
  body: string | Uint8Array;
  /** The full Content-Type header, with charset or profile where one applies. */
  contentType: string;
  /** A download name such as "north-s-kim-makes-rare-….csv". */
  filename: string;
};
