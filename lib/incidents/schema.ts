// Bodies and queries of the incident API (lib/incidents/types.ts has the answers).
import { z } from "zod";
import { IncidentStatus } from "@/lib/generated/prisma/enums";
import { text, version as versionOf } from "@/lib/server/http/input";
import { FAMILY_TEMPLATES } from "@/lib/family/templates";
import { BULK_ACTIONS } from "./types";

/** The most cases one bulk action writes in its one transaction. */
export const BULK_MAX_CASES = 200;

const version = versionOf();
const STATUSES = Object.values(IncidentStatus);

/** `?status=PROPOSED,OPEN` (the default): a comma-separated list of incident statuses. */
export const incidentsQuerySchema = z.instanceof(URLSearchParams).transform((params, context) => {
  const value = params.get("status");
  const parts = (value ?? "PROPOSED,OPEN").split(",").map((part) => part.trim()).filter(Boolean);
  const unknown = parts.filter((part) => !(STATUSES as string[]).includes(part));
  if (value !== null && (value.length > 100 || unknown.length > 0 || parts.length === 0)) {
    context.addIssue({ code: "custom", path: ["status"], message: `must list statuses among ${STATUSES.join(", ")}` });
    return z.NEVER;
  }
  return { status: [...new Set(parts)] as IncidentStatus[] };
});

export const incidentVersionSchema = z.strictObject({ version });

export const dismissIncidentSchema = z.strictObject({ version, reason: text({ trim: true, max: 2000 }).min(1, "required") });

export const incidentLeadSchema = z.strictObject({ version, leadId: z.uuid().nullable() });

export const incidentNoteSchema = z.strictObject({ body: text({ trim: true, max: 5000 }).min(1, "required") });

export const bulkSchema = z
  .strictObject({
    action: z.enum(BULK_ACTIONS),
    cases: z
      .array(z.strictObject({ id: z.uuid(), version }))
      .min(1, "required")
      .max(BULK_MAX_CASES, `at most ${BULK_MAX_CASES} cases in one bulk action`),
    ownerId: z.uuid().optional(),
    legalAssigneeId: z.uuid().optional(),
    reason: text({ trim: true, max: 2000 }).optional(),
    template: z.enum(FAMILY_TEMPLATES).optional(),
  })
  .superRefine((body, context) => {
    const need = (path: "ownerId" | "reason" | "template") => {
      if (!body[path]) context.addIssue({ code: "custom", path: [path], message: `required for ${body.action}` });
    };
    if (body.action === "assign") need("ownerId");
    if (body.action === "close_false_alarm") need("reason");
    if (body.action === "family_update") need("template");
    if (body.legalAssigneeId && body.action !== "refer") context.addIssue({ code: "custom", path: ["legalAssigneeId"], message: "only with refer" });
    const seen = new Set<string>();
    body.cases.forEach((c, i) => {
      if (seen.has(c.id)) context.addIssue({ code: "custom", path: ["cases", i, "id"], message: "listed twice" });
      seen.add(c.id);
    });
  });

export type BulkInput = z.infer<typeof bulkSchema>;
