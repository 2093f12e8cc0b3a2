import { z } from "zod";

/** Article ids are cuids; anything else in a URL is simply not found. */
export const ZArticleId = z.string().regex(/^[a-z0-9]{20,40}$/);
