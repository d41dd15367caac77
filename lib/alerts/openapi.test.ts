// The intake's OpenAPI document (lib/alerts/openapi.ts) against what it must
// stay in step with: its checked-in copy, the contract's status table, its
// own examples, and the signature the relay sends. The handler's side is in
// openapi-contract.int.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { signBody } from "@/lib/server/http/relay-signature";
import { intakeOpenApi, intakeOpenApiJson } from "./openapi";
import { INTAKE_EXAMPLES } from "./openapi-examples";
import { alertEventSchema } from "./schema";
import { openApiValidator } from "./testing/openapi-validator";

const document = intakeOpenApi();
const validator = openApiValidator(document);

/** The statuses of docs/alert-api.md's "Responses" table. */
const contractStatuses = () => {
  const contract = readFileSync(path.resolve("docs/alert-api.md"), "utf8");
  const table = contract.slice(contract.indexOf("## Responses"));
  return [...table.matchAll(/^\| (\d{3}) \|/gm)].map((m) => Number(m[1])).sort((a, b) => a - b);
};

describe("[INTAKE] the OpenAPI document", () => {
  it("is checked in as docs/openapi.json exactly as generated (run `npm run openapi` after a schema change)", () => {
    expect(readFileSync(path.resolve("docs/openapi.json"), "utf8")).toBe(intakeOpenApiJson());
  });

  it("is OpenAPI 3.1 and documents exactly the contract's statuses", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(contractStatuses()).toEqual([200, 202, 400, 401, 404, 409, 413, 415, 429, 503]);
    expect(validator.statuses()).toEqual(contractStatuses());
  });

  it("names the signature headers, and a signature as the relay makes it fits them", () => {
    const body = JSON.stringify(INTAKE_EXAMPLES.panic.value);
    const headers = new Headers({ "x-alert-key": "demo-relay", "x-alert-signature": signBody({ secret: "s", body }) });
    expect(validator.operation.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ["X-Alert-Key", "header", true],
      ["X-Alert-Signature", "header", true],
    ]);
    expect(validator.requestProblems({ body: INTAKE_EXAMPLES.panic.value, headers })).toEqual([]);
    expect(validator.requestProblems({ body: INTAKE_EXAMPLES.panic.value, headers: new Headers() })).toEqual([
      "header X-Alert-Key: missing",
      "header X-Alert-Signature: missing",
    ]);
  });

  it("has request examples that fit both its schema and the handler's zod schema, and the panic is the contract's", () => {
    const contract = readFileSync(path.resolve("docs/alert-api.md"), "utf8");
    const panicJson = /### `panic`[\s\S]*?```json\n([\s\S]*?)```/.exec(contract)![1];
    expect(INTAKE_EXAMPLES.panic.value).toEqual(JSON.parse(panicJson));
    const examples = validator.operation.requestBody.content["application/json"].examples!;
    expect(Object.keys(examples)).toEqual(["panic", "location", "cancel"]);
    for (const [name, { value }] of Object.entries(examples)) {
      expect({ name, problems: validator.schemaProblems(value, "requestBody", "content", "application/json", "schema") }).toEqual({ name, problems: [] });
      expect({ name, parsed: alertEventSchema.safeParse(value).success }).toEqual({ name, parsed: true });
    }
  });

  it("has a response example for every status that fits that status's schema", () => {
    for (const status of validator.statuses()) {
      const { example } = validator.operation.responses[status].content["application/json"];
      expect({ status, problems: validator.schemaProblems(example, "responses", String(status), "content", "application/json", "schema") }).toEqual({ status, problems: [] });
    }
  });

  it("refuses what the handler refuses: an unknown field, a bad CURP, a leaked detail, an undocumented status", () => {
    const body = "requestBody/content/application~1json/schema".split("/").map((p) => p.replace("~1", "/"));
    expect(validator.schemaProblems({ ...INTAKE_EXAMPLES.panic.value, extra: 1 }, ...body)).not.toEqual([]);
    const badCurp = { ...INTAKE_EXAMPLES.panic.value, person: { ...INTAKE_EXAMPLES.panic.value.person, curp: "NOT-A-CURP" } };
    expect(validator.schemaProblems(badCurp, ...body)).not.toEqual([]);
    expect(validator.schemaProblems({ ...INTAKE_EXAMPLES.location.value, location: { lat: 91, lng: 0 } }, ...body)).not.toEqual([]);
    const none = new Headers();
    expect(validator.answerProblems({ status: 401, body: { error: "unauthorized", reason: "bad signature" }, headers: none })).not.toEqual([]);
    expect(validator.answerProblems({ status: 429, body: { error: "rate_limited" }, headers: none })).toEqual(["header Retry-After: missing"]);
    expect(validator.answerProblems({ status: 500, body: { error: "internal" }, headers: none })).toEqual(["status 500 is not in the document"]);
  });
});
