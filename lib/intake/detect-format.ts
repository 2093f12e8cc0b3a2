import { formatBytes, IntakeError } from "./intake-error";

/** How a file's bytes must be read. */
export type FileKind = "text" | "markdown" | "html" | "docx";

const EXTENSIONS: Record<string, FileKind> = {
  txt: "text",
  text: "text",
  wire: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  docx: "docx",
};

/** What Factdesk imports, for messages. */
export const SUPPORTED_FILES = ".txt, .md, .html and .docx";

// Formats people mistake for text, told apart by their first bytes so the message can say what to do.
const SIGNATURES: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "a PDF document; save its text as .txt or the original as .docx" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an old Word (.doc) or Office file; save it as .docx" },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: "an RTF document; save it as .docx" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image, not an article" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image, not an article" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image, not an article" },
  { bytes: [0x1f, 0x8b], what: "a compressed (gzip) file; unpack it first" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: "a program, not an article" },
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * Decides how to read an uploaded file from its name and first bytes, or
 * refuses it naming the reason: empty, over the size limit, a format
 * Factdesk does not read (PDF, images, .doc …), or an unknown extension.
 */
export function detectFileKind(name: string, bytes: Uint8Array, maxBytes: number): FileKind {
  if (bytes.length === 0) throw new IntakeError(name, "the file is empty.");
  if (bytes.length > maxBytes) {
    throw new IntakeError(
      name,
      `the file is ${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)}.`,
      "TOO_LARGE",
    );
  }
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const kind = extension ? EXTENSIONS[extension] : sniffTextKind(bytes);
  const signature = SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) throw new IntakeError(name, `this is ${signature.what}.`);
  if (startsWith(bytes, ZIP)) {
    if (kind === "docx") return "docx";
    throw new IntakeError(name, "this is a ZIP archive; unpack it and import the files inside.");
  }
  if (kind === "docx") throw new IntakeError(name, "the file is damaged or is not a Word (.docx) document.");
  if (!kind) {
    throw new IntakeError(name, `Factdesk cannot import .${extension} files; it imports ${SUPPORTED_FILES}.`);
  }
  return kind;
}

/** A file without an extension: HTML when it starts like HTML, else text. */
function sniffTextKind(bytes: Uint8Array): FileKind {
  const start = new TextDecoder("latin1").decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return start.startsWith("<!doctype html") || start.startsWith("<html") ? "html" : "text";
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
