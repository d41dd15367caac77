// Lines for the timeline entries of legal-aid work (lib/legal-aid, lib/family):
// each changed field with its value before and after, a hearing or task
// named, a transfer's consulates and reason, a family message's state. The
// data is JSON, so every value is checked before use; an unknown one is shown
// as written, a missing one as a dash.
import { formatANumber } from "@/lib/legal-aid/a-number";
import { DOCUMENT_KINDS, DOCUMENT_STATES } from "@/lib/legal-aid/schema";
import { BondStatus, CustodyStatus, HearingResult, HearingType } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/messages/es";
import type { Translate } from "@/lib/i18n/translate";

type Data = Record<string, unknown>;
export type LegalDescribeOptions = {
  t: Translate;
  formatWhen: (iso: string) => string;
  /** A calendar day ("2026-12-05") in the page's language; as written without it. */
  formatDay?: (isoDate: string) => string;
};

const has = <T extends string>(values: readonly T[], value: unknown): value is T => typeof value === "string" && values.includes(value as T);

const FIELD_LABELS: Record<string, MessageKey> = {
  aNumber: "legal.field.aNumber",
  facility: "legal.field.facility",
  facilityOther: "legal.field.facilityOther",
  detainedOn: "legal.field.detainedOn",
  custodyStatus: "legal.field.custodyStatus",
  bondAmountCents: "legal.field.bondAmountCents",
  bondStatus: "legal.field.bondStatus",
  lawyerName: "legal.field.lawyerName",
  lawyerPhone: "legal.field.lawyerPhone",
  partnerOrg: "legal.field.partnerOrg",
  assignee: "legal.field.assignee",
  court: "legal.field.court",
  scheduledAt: "legal.field.scheduledAt",
  type: "legal.field.type",
  judge: "legal.field.judge",
  result: "legal.field.result",
  cancelledAt: "legal.field.cancelledAt",
  title: "legal.field.title",
  dueAt: "legal.field.dueAt",
  owner: "legal.field.owner",
  status: "legal.field.status",
};

const fieldLabel = (field: string, t: Translate) => {
  const doc = field.startsWith("documents.") ? field.slice("documents.".length) : null;
  if (doc !== null) return has(DOCUMENT_KINDS, doc) ? t(`legal.document.${doc}`) : doc;
  return FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : field;
};

const valueText = (field: string, value: unknown, { t, formatWhen, formatDay = (day) => day }: LegalDescribeOptions): string => {
  if (value === null || value === undefined || value === "") return "—";
  if (field.startsWith("documents.")) return has(DOCUMENT_STATES, value) ? t(`legal.documentState.${value}`) : String(value);
  switch (field) {
    case "aNumber":
      return typeof value === "string" ? formatANumber(value) : String(value);
    case "custodyStatus":
      return has(Object.values(CustodyStatus), value) ? t(`legal.custody.${value}`) : String(value);
    case "bondStatus":
      return has(Object.values(BondStatus), value) ? t(`legal.bond.${value}`) : String(value);
    case "type":
      return has(Object.values(HearingType), value) ? t(`legal.hearingType.${value}`) : String(value);
    case "result":
      return has(Object.values(HearingResult), value) ? t(`legal.hearingResult.${value}`) : String(value);
    case "status":
      return has(["OPEN", "DONE", "CANCELLED"] as const, value) ? t(`legal.taskStatus.${value}`) : String(value);
    case "bondAmountCents":
      return typeof value === "number" ? `$${(value / 100).toFixed(2)}` : String(value);
    case "detainedOn":
      return typeof value === "string" ? formatDay(value.slice(0, 10)) : String(value);
    case "scheduledAt":
    case "dueAt":
    case "cancelledAt":
      return typeof value === "string" && !Number.isNaN(Date.parse(value)) ? formatWhen(value) : String(value);
    default:
      return String(value);
  }
};

const changeLines = (data: Data, options: LegalDescribeOptions) =>
  (Array.isArray(data.changes) ? data.changes : []).flatMap((change: unknown) => {
    if (typeof change !== "object" || change === null) return [];
    const { field, before, after } = change as Data;
    if (typeof field !== "string") return [];
    return [
      options.t("legalTimeline.change", {
        field: fieldLabel(field, options.t),
        before: valueText(field, before, options),
        after: valueText(field, after, options),
      }),
    ];
  });

const str = (data: Data, key: string) => (typeof data[key] === "string" && data[key] !== "" ? (data[key] as string) : null);

/** The lines for a legal-aid entry, or null for a kind this module does not describe. */
export const describeLegalEntry = (kind: string, data: Data, options: LegalDescribeOptions): string[] | null => {
  const { t } = options;
  switch (kind) {
    case "LEGAL_RECORD_CHANGED":
      return changeLines(data, options);
    case "HEARING_SCHEDULED": {
      const court = str(data, "court");
      const at = str(data, "scheduledAt");
      return court && at ? [t("legalTimeline.hearing", { court, at: valueText("scheduledAt", at, options) })] : [];
    }
    case "HEARING_CHANGED":
    case "TASK_CHANGED": {
      const name = str(data, kind === "HEARING_CHANGED" ? "court" : "title");
      const lines = changeLines(data, options);
      if (data.reason === "case_closed") lines.push(t("legalTimeline.cancelledOnClose"));
      return name ? [name, ...lines] : lines;
    }
    case "TASK_ADDED": {
      const title = str(data, "title");
      const due = str(data, "dueAt");
      const owner = str(data, "owner");
      return title && due ? [t("legalTimeline.task", { title, at: valueText("dueAt", due, options), owner: owner ?? "—" })] : [];
    }
    case "TRANSFER_REQUESTED":
    case "TRANSFER_ACCEPTED":
    case "TRANSFER_DECLINED": {
      const from = str(data, "from");
      const to = str(data, "to");
      const reason = str(data, "reason");
      return [...(from && to ? [`${from} → ${to}`] : []), ...(reason ? [t("caseWork.timeline.reason", { reason })] : [])];
    }
    case "FAMILY_MESSAGE": {
      const status = str(data, "status");
      const template = str(data, "template");
      const contact = str(data, "contactName");
      const lines: string[] = [];
      if (template && contact && has(["located_at_facility", "hearing_scheduled", "bond_set", "released", "transferred"] as const, template)) {
        lines.push(t("legalTimeline.message", { template: t(`legal.template.${template}`), contact }));
      }
      if (status && has(["DRAFT", "APPROVED", "SENDING", "SENT", "FAILED", "DISCARDED"] as const, status)) lines.push(t(`legal.messageStatus.${status}`));
      const error = str(data, "error");
      if (error) lines.push(error);
      return lines;
    }
    default:
      return null;
  }
};
