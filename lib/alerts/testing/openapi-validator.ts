// Holds values to the intake's OpenAPI document (lib/alerts/openapi.ts) with
// a real JSON Schema validator: Ajv's 2020-12 draft, OpenAPI 3.1's dialect,
// with the formats the document names (uuid, date, date-time).
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

type Document = { paths: Record<string, Record<string, Operation>> };
type MediaType = { schema: unknown; example?: unknown; examples?: Record<string, { value: unknown }> };
type Operation = {
  parameters: { name: string; in: string; required: boolean; schema: unknown }[];
  requestBody: { content: Record<string, MediaType> };
  responses: Record<string, { headers?: Record<string, { required: boolean; schema: unknown }>; content: Record<string, MediaType> }>;
};

const ID = "https://amparo.invalid/openapi.json";
const pointer = (...parts: string[]) => `${ID}#/${parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;

export const openApiValidator = (document: unknown) => {
  // strict off only for the document's own keywords around the schemas (openapi, paths, example...).
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(document as object, ID);
  // The intake is the document's one operation. No import of ../openapi: the e2e specs use this file outside the server's modules.
  const [[path, item], ...others] = Object.entries((document as Document).paths);
  const [[method, operation], ...otherMethods] = Object.entries(item);
  if (others.length || otherMethods.length) throw new Error("the intake's document has more than one operation");
  const at = (...parts: string[]) => ajv.compile({ $ref: pointer("paths", path, method, ...parts) });
  const explain = (validate: ReturnType<typeof at>) => (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");

  return {
    operation,
    /** The statuses the operation documents. */
    statuses: () => Object.keys(operation.responses).map(Number).sort((a, b) => a - b),
    /** Problems with an answer: a status not documented, a body off its schema, a required header missing or off. */
    answerProblems: ({ status, body, headers }: { status: number; body: unknown; headers: Headers }) => {
      const documented = operation.responses[String(status)];
      if (!documented) return [`status ${status} is not in the document`];
      const problems: string[] = [];
      const validate = at("responses", String(status), "content", "application/json", "schema");
      if (!validate(body)) problems.push(`body: ${explain(validate)}`);
      for (const [name, header] of Object.entries(documented.headers ?? {})) {
        const value = headers.get(name);
        const check = at("responses", String(status), "headers", name, "schema");
        if (value === null ? header.required : !check(value)) problems.push(`header ${name}: ${value === null ? "missing" : explain(check)}`);
      }
      return problems;
    },
    /** Problems with a request's body or headers against the operation. */
    requestProblems: ({ body, headers }: { body: unknown; headers: Headers }) => {
      const problems: string[] = [];
      const validate = at("requestBody", "content", "application/json", "schema");
      if (!validate(body)) problems.push(`body: ${explain(validate)}`);
      operation.parameters.forEach((parameter, index) => {
        const value = headers.get(parameter.name);
        const check = at("parameters", String(index), "schema");
        if (value === null ? parameter.required : !check(value)) problems.push(`header ${parameter.name}: ${value === null ? "missing" : explain(check)}`);
      });
      return problems;
    },
    /** Problems with a value against the schema at a place in the document (for its examples). */
    schemaProblems: (value: unknown, ...parts: string[]) => {
      const validate = at(...parts);
      return validate(value) ? [] : [explain(validate)];
    },
  };
};
