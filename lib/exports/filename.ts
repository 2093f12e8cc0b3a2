/**
 * A download name from an article title: "North's Kim makes rare …" → "north-s-kim-makes-rare-….csv".
 * Letters and digits of any script are kept (lower-cased, accents dropped), everything else becomes one
 * hyphen, so the name holds no path separators, quotes or control characters and can go in a
 * Content-Disposition header; cut at 80 characters on a hyphen. An empty result becomes "article".
 */
export function exportFilename(title: string, extension: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    // Back to composed form: NFKD also splits Hangul syllables into their letters.
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const cut = slug.length > 80 ? slug.slice(0, 80).replace(/-[^-]*$/, "") : slug;
  return `${cut || "article"}.${extension}`;
}

/** The ASCII-only variant for the plain `filename=` of Content-Disposition (non-ASCII letters → hyphens). */
export function asciiFilename(filename: string): string {
  const [name = "article", extension = ""] = splitExtension(filename);
  const ascii = name.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return `${ascii || "article"}${extension}`;
}

function splitExtension(filename: string): [string, string] {
  const dot = filename.lastIndexOf(".");
  return dot > 0 ? [filename.slice(0, dot), filename.slice(dot)] : [filename, ""];
}
