import { AppError, type AppErrorCode } from "@/lib/server/errors";

const STATUS: Record<AppErrorCode, number> = {
  invalid_body: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  unknown_alert: 404,
  event_conflict: 409,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
};

const NO_STORE = { "Cache-Control": "no-store" };

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...headers } });

/** The public body of an error: its code, plus what the contract allows. Never a stack or an internal message. */
export const errorResponse = (error: AppError) => {
  const body: Record<string, unknown> = { ...error.details, error: error.code };
  if (error.issues) body.issues = error.issues;
  if (error.code === "unknown_alert") body.retryable = true;
  const headers: Record<string, string> = {};
  if (error.retryAfterSeconds !== undefined) headers["Retry-After"] = String(Math.max(1, Math.ceil(error.retryAfterSeconds)));
  return json(body, STATUS[error.code], headers);
};

export const unavailable = (retryAfterSeconds = 5) =>
  errorResponse(new AppError("unavailable", "unavailable", { retryAfterSeconds }));
