/** Expected failures a user can act on; anything else is a bug and answers 500. */
export type AppErrorCode =
  | "NOT_FOUND"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "TOO_LARGE"
  | "RATE_LIMITED";

const STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  INVALID_INPUT: 422,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
  }

  get status(): number {
    return STATUS[this.code];
  }
}
