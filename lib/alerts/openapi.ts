// The intake contract (docs/alert-api.md) as an OpenAPI 3.1 document,
// generated from the zod schemas the handler parses with (./schema.ts), never
// written by hand. Served at GET /api/v1/openapi.json and checked in as
// docs/openapi.json by `npm run openapi`; lib/alerts/openapi.test.ts fails
// when the two differ, and lib/alerts/openapi-contract.int.test.ts holds the
// real handler to it, status by status.
// Zod's own z.toJSONSchema (JSON Schema 2020-12, OpenAPI 3.1's dialect) makes
// the schemas; this file adds the envelope. @asteasolutions/zod-to-openapi
// was tried: its type augmentation of zod breaks the staff routes' params
// schemas (tsc), and its CommonJS build loads a second copy of zod.
// Everything here is static: no request, no database, so no personal data
// can reach the document (its examples are the contract's invented person).
import { z } from "zod";
import { MAX_BODY_BYTES } from "@/lib/server/http/with-relay-key";
import { SIGNATURE_TOLERANCE_SECONDS } from "@/lib/server/http/relay-signature";
import { ANSWER_EXAMPLES, INTAKE_EXAMPLES } from "./openapi-examples";
import { acceptedAnswerSchema, alertEventSchema, duplicateAnswerSchema, intakeRefusalSchemas } from "./schema";

export const OPENAPI_PATH = "/api/v1/openapi.json";
export const INTAKE_OPERATION = { path: "/api/v1/alerts", method: "post" } as const;

type JsonSchema = Record<string, unknown>;

/** The headers every request carries (docs/alert-api.md, "Authentication"). */
export const relayHeaderSchemas = {
  "X-Alert-Key": z.string().min(1).max(128).describe("The relay key's id, as created in the dashboard."),
  "X-Alert-Signature": z
    .string()
    .max(1024)
    .regex(/^t=\d{1,12},v1=[0-9a-f]{64}$/)
    .describe(
      `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>: signed over the exact bytes sent, ` +
        `with a timestamp within ${SIGNATURE_TOLERANCE_SECONDS} s of the server's clock.`,
    ),
};

const retryAfterSchema = z.string().regex(/^[1-9]\d*$/).describe("Whole seconds to wait before retrying with the same eventId.");

const REFUSALS: Record<keyof typeof intakeRefusalSchemas, string> = {
  400: "Not JSON, or fails the schema. Nothing is stored.",
  401: "See Authentication. Nothing is stored.",
  404: "A location or cancel for an alertId never seen (retryable). Nothing is stored.",
  409: "The same eventId with a different body. Nothing is stored.",
  413: `Body over ${MAX_BODY_BYTES / 1024} KiB. Nothing is stored.`,
  415: "Not application/json. Nothing is stored.",
  429: "Too many requests for this key. Retry after Retry-After.",
  503: "The database cannot commit. Retry after Retry-After with the same eventId.",
};

/**
 * Turns zod schemas into JSON Schema, gathering every schema with an `id`
 * (./schema.ts names them with .meta) under components.schemas and pointing
 * to it there. What a request may omit (a default) is optional: `io: "input"`.
 */
const componentCollector = () => {
  const components: Record<string, JsonSchema> = {};
  const keep = (id: string, schema: JsonSchema) => {
    const known = components[id];
    if (known && JSON.stringify(known) !== JSON.stringify(schema)) throw new Error(`two different schemas are both named ${id}`);
    components[id] = schema;
  };
  const toComponents = (text: string) => text.replaceAll('"#/$defs/', '"#/components/schemas/');
  const convert = (schema: z.ZodType): JsonSchema => {
    const converted = JSON.parse(toComponents(JSON.stringify(z.toJSONSchema(schema, { io: "input", unrepresentable: "throw" })))) as JsonSchema;
    const { $schema: _dialect, $defs, id, ...own } = converted as JsonSchema & { $defs?: Record<string, JsonSchema>; id?: string };
    for (const [name, def] of Object.entries($defs ?? {})) keep(name, def);
    if (typeof id !== "string") return own;
    keep(id, own);
    return { $ref: `#/components/schemas/${id}` };
  };
  return { components, convert };
};

const build = () => {
  const { components, convert } = componentCollector();
  const json = (schema: z.ZodType, example: unknown) => ({ "application/json": { schema: convert(schema), example } });
  const header = (schema: z.ZodType) => ({ required: true, description: schema.description, schema: convert(schema) });
  const responses: Record<string, unknown> = {
    202: { description: "Stored durably (committed).", content: json(acceptedAnswerSchema, ANSWER_EXAMPLES[202]) },
    200: { description: "The same eventId and the same body seen before; nothing changes.", content: json(duplicateAnswerSchema, ANSWER_EXAMPLES[200]) },
  };
  for (const [status, schema] of Object.entries(intakeRefusalSchemas)) {
    const code = Number(status) as keyof typeof intakeRefusalSchemas;
    responses[status] = {
      description: REFUSALS[code],
      ...(code === 429 || code === 503 ? { headers: { "Retry-After": header(retryAfterSchema) } } : {}),
      content: json(schema, ANSWER_EXAMPLES[code]),
    };
  }
  const operation = {
    operationId: "postAlertEvent",
    summary: "Forward one event a phone sent",
    description:
      "Stores one panic, location or cancel event and applies it to its case, in one transaction. Idempotent on eventId: " +
      "the relay retries on 404, 429, 503 and network errors with the same eventId, and a retry never creates a second case. " +
      "Never a 500 for anything a client sends, and never a 202 before the commit.",
    security: [{ relayKey: [] }],
    parameters: Object.entries(relayHeaderSchemas).map(([name, schema]) => ({ name, in: "header", ...header(schema) })),
    requestBody: {
      required: true,
      description: `One event, application/json, at most ${MAX_BODY_BYTES} bytes.`,
      content: { "application/json": { schema: convert(alertEventSchema), examples: INTAKE_EXAMPLES } },
    },
    responses,
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Amparo panic-alert intake",
      version: "1",
      description:
        "The contract between the phone app's relay and the dashboard (docs/alert-api.md). The relay forwards every event a " +
        "phone sends; the dashboard accepts exactly this and rejects everything else with a clear error, storing nothing.",
    },
    paths: { [INTAKE_OPERATION.path]: { [INTAKE_OPERATION.method]: operation } },
    components: {
      schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: {
        relayKey: {
          type: "apiKey",
          in: "header",
          name: "X-Alert-Key",
          description: "The relay key's id; every request is also signed with its secret in X-Alert-Signature.",
        },
      },
    },
  };
};

/** The intake's OpenAPI 3.1 document. */
export const intakeOpenApi = () => build();

/** The document as `npm run openapi` writes it and the route serves it. */
export const intakeOpenApiJson = () => `${JSON.stringify(intakeOpenApi(), null, 2)}\n`;
