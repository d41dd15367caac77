// Domain code throws AppError; only the edges (route wrappers, socket
// handlers) turn a code into an HTTP status or a socket error.
export type AppErrorCode =
  | "invalid_body"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "unknown_alert"
  | "event_conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "unavailable"
  | "audit_unavailable"
  | "conflict";

export type Issue = { path: string; message: string };

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues?: Issue[];
  readonly retryAfterSeconds?: number;
  /** Public fields added to the error body (e.g. a conflict's current state). */
  readonly details?: Record<string, unknown>;

  constructor(
    code: AppErrorCode,
    message: string,
    extra: { issues?: Issue[]; retryAfterSeconds?: number; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.issues = extra.issues;
    this.retryAfterSeconds = extra.retryAfterSeconds;
    this.details = extra.details;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
