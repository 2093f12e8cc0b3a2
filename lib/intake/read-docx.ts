import mammoth from "mammoth";
import { formatBytes, IntakeError } from "./intake-error";
import { type ReadHtmlResult, readHtml } from "./read-html";
import { totalUncompressedSize } from "./zip-size";

// Word's Title style is the headline; mammoth's default map knows only Heading 1–6.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];
// A .docx is a ZIP: a few megabytes can declare gigabytes of XML, which mammoth would hold in memory.
const MAX_EXPANSION = 20;

/** A Word document: mammoth maps its styles to HTML (Heading 1 → h1 …), which is then read like HTML. */
export async function readDocx(name: string, bytes: Uint8Array, maxBytes: number): Promise<ReadHtmlResult> {
  const damaged = () => new IntakeError(name, "the file is damaged or is not a Word (.docx) document.");
  const expanded = totalUncompressedSize(bytes);
  if (expanded === null) throw damaged();
  if (expanded > maxBytes * MAX_EXPANSION) {
    throw new IntakeError(
      name,
      `the document unpacks to ${formatBytes(expanded)}, more than Factdesk reads (${formatBytes(maxBytes * MAX_EXPANSION)}).`,
      "TOO_LARGE",
    );
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP })).value;
  } catch {
    throw damaged();
  }
  return readHtml(html, { extractMainContent: false });
}
