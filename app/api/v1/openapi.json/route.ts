// GET /api/v1/openapi.json: the intake contract as OpenAPI 3.1
// (lib/alerts/openapi.ts). Public, like docs/alert-api.md: it is generated
// from code alone and holds no personal data. Cacheable; the ETag answers a
// revalidation with 304.
import { createHash } from "node:crypto";
import { intakeOpenApiJson } from "@/lib/alerts/openapi";

// The document changes only with a deployment: made once per process.
let served: { body: string; etag: string } | undefined;
const document = () => {
  if (!served) {
    const body = intakeOpenApiJson();
    served = { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
  }
  return served;
};

export const GET = async (request: Request) => {
  const { body, etag } = document();
  const headers = { "Cache-Control": "public, max-age=300", ETag: etag };
  const known = request.headers.get("if-none-match")?.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  if (known?.includes(etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
};
