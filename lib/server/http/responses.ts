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
  audit_unavailable: 503,
};

const NO_STORE = { "Cache-Control": "no-store" };

/** A JSON answer before it is written: Next's routes make a Response of it, server.ts writes it to Node's response. */
export type Reply = { status: number; body: unknown; headers?: Record<string, string> };

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...headers } });

export const toResponse = ({ status, body, headers }: Reply) => json(body, status, headers);

/** The public body of an error: its code, plus what the contract allows. Never a stack or an internal message. */
export const errorReply = (error: AppError): Reply => {
  const body: Record<string, unknown> = { ...error.details, error: error.code };
  if (error.issues) body.issues = error.issues;
  if (error.code === "unknown_alert") body.retryable = true;
  const headers: Record<string, string> = {};
  if (error.retryAfterSeconds !== undefined) headers["Retry-After"] = String(Math.max(1, Math.ceil(error.retryAfterSeconds)));
  return { status: STATUS[error.code], body, headers };
};

export const errorResponse = (error: AppError) => toResponse(errorReply(error));

export const unavailableReply = (retryAfterSeconds = 5) =>
  errorReply(new AppError("unavailable", "unavailable", { retryAfterSeconds }));
