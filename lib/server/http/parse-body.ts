import type { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { readBodyLimited } from "./read-body";

/** Validates a parsed body, or throws the contract's 400: every issue with its dotted path. */
export const parseWith = <S extends z.ZodType>(schema: S, body: unknown): z.infer<S> => {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  throw new AppError("invalid_body", "invalid_body", { issues });
};

/**
 * Refuses anything but application/json (415). Besides the contract, it keeps
 * cross-site HTML forms out: they cannot send this type without a preflight.
 */
export const requireJson = (request: Request) => requireJsonType(request.headers.get("content-type"));

export const requireJsonType = (contentType: string | null | undefined) => {
  const mediaType = contentType?.split(";")[0].trim().toLowerCase();
  if (mediaType !== "application/json") throw new AppError("unsupported_media_type", "unsupported_media_type");
};

/** The largest staff JSON body: a note is at most 5,000 characters, a legal record's fields far fewer. */
export const STAFF_MAX_BODY_BYTES = 64 * 1024;

const notJson = () => new AppError("invalid_body", "invalid_body", { issues: [{ path: "", message: "not valid JSON" }] });

/**
 * A JSON body, validated; a body that is not JSON (nor UTF-8) is a 400 like
 * any other invalid body, and says so. It is read a chunk at a time and
 * refused (413) past `limit` bytes, so an oversized body is never held whole.
 */
export const readJsonWith = async <S extends z.ZodType>(request: Request, schema: S, limit = STAFF_MAX_BODY_BYTES): Promise<z.infer<S>> => {
  requireJson(request);
  const raw = await readBodyLimited(request, limit);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
  } catch {
    throw notJson();
  }
  return parseWith(schema, body);
};
