import chardet from "chardet";
import iconv from "iconv-lite";

/** Text decoded from bytes, and the encoding it was read as. */
export type DecodedText = { text: string; encoding: string };

export class UndecodableTextError extends Error {
  override name = "UndecodableTextError";
}

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: "utf-32le" },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: "utf-32be" },
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

// Controls other than tab, newline, form feed and carriage return: text has next to none.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
const MAX_CONTROL_SHARE = 0.01;
const MAX_REPLACEMENT_SHARE = 0.01;

/**
 * Reads bytes as text: a byte-order mark wins, then a charset the source
 * declared (HTTP header, HTML meta), then strict UTF-8, then the encoding
 * chardet finds most likely. Throws UndecodableTextError when no reading
 * gives text (binary data, or an encoding nothing recognizes).
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string | null): DecodedText {
  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
  if (bom)
    return checked(iconv.decode(Buffer.from(bytes.subarray(bom.bytes.length)), bom.encoding), bom.encoding);
  const declared = declaredCharset?.trim().toLowerCase();
  if (declared && declared !== "utf-8" && declared !== "utf8" && iconv.encodingExists(declared)) {
    return checked(iconv.decode(Buffer.from(bytes), declared), declared);
  }
  // Text has no NUL bytes in any encoding but UTF-16/32, which carry a byte-order mark (handled above).
  if (bytes.subarray(0, 8192).includes(0))
    throw new UndecodableTextError("it contains binary data, not text");
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) return checked(utf8, "utf-8");
  let failure = new UndecodableTextError("its text encoding could not be recognized");
  for (const match of chardet.analyse(bytes)) {
    if (match.confidence < 10 || !iconv.encodingExists(match.name)) continue;
    try {
      return checked(iconv.decode(Buffer.from(bytes), match.name), match.name.toLowerCase());
    } catch (error) {
      if (!(error instanceof UndecodableTextError)) throw error;
      failure = error;
    }
  }
  throw failure;
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Refuses a reading that is mostly controls or replacement characters: that is not text. */
function checked(text: string, encoding: string): DecodedText {
  const length = Math.max(text.length, 1);
  const controls = text.match(CONTROL)?.length ?? 0;
  const replacements = text.match(/\uFFFD/g)?.length ?? 0;
  if (controls / length > MAX_CONTROL_SHARE || text.includes("\u0000")) {
    throw new UndecodableTextError("it contains binary data, not text");
  }
  if (replacements / length > MAX_REPLACEMENT_SHARE) {
    throw new UndecodableTextError(`it could not be decoded as ${encoding} text`);
  }
  return { text, encoding };
}
