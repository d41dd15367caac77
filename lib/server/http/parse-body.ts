import type { z } from "zod";
import { AppError } from "@/lib/server/errors";

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

/** A JSON body, validated; a body that is not JSON is a 400 like any other invalid body, and says so. */
export const readJsonWith = async <S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> => {
  requireJson(request);
  const body: unknown = await request.json().catch(() => NOT_JSON);
  if (body === NOT_JSON) throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "", message: "not valid JSON" }] });
  return parseWith(schema, body);
};

const NOT_JSON = Symbol("not JSON");
