import { AppError, type AppErrorCode } from "@/lib/errors";

/**
 * An input Factdesk cannot import, with a message that names it and says
 * why: "report.docx: the file is damaged or is not a Word document."
 */
export class IntakeError extends AppError {
  override name = "IntakeError";
  constructor(
    readonly sourceName: string,
    readonly reason: string,
    code: AppErrorCode = "INVALID_INPUT",
  ) {
    super(code, `${sourceName}: ${reason}`);
  }
}

/** "7.2 MB", "312 KB": sizes as an editor reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
