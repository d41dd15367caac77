// Short human lines for a timeline entry's data. The data is JSON written by
// the intake (lib/alerts/mutations.ts) and by staff actions
// (lib/cases/mutations.ts), so every field is checked before use and an
// unknown shape renders nothing.
import { CaseOutcome, ContactResult, type CaseStatus } from "@/lib/generated/prisma/enums";
import type { CaseDetail } from "@/lib/cases/detail-data";
import { contactResultKey, outcomeKey, statusKey } from "@/lib/i18n/labels";
import type { Translate } from "@/lib/i18n/translate";
import { describeEscalationEntry } from "./escalation-timeline-detail";
import { describeLegalEntry } from "./legal-timeline-detail";
import { isCorrectableField } from "@/lib/subjects/fields";

type Entry = CaseDetail["timeline"][number];

// A record, so that a new status is a type error until it is listed here.
const STATUSES: Record<CaseStatus, true> = {
  NEW: true,
  ACKNOWLEDGED: true,
  IN_CONTACT: true,
  DETENTION_CONFIRMED: true,
  NOT_DETAINED: true,
  RESCINDED: true,
  REFERRED_LEGAL_AID: true,
  CLOSED: true,
};

const isStatus = (value: unknown): value is CaseStatus => typeof value === "string" && Object.hasOwn(STATUSES, value);

const isOutcome = (value: unknown): value is CaseOutcome => typeof value === "string" && Object.hasOwn(CaseOutcome, value);
const isContactResult = (value: unknown): value is ContactResult =>
  typeof value === "string" && Object.hasOwn(ContactResult, value);

const text = (data: Record<string, unknown>, key: string) => {
  const value = data[key];
  return typeof value === "string" && value.trim() !== "" ? value : null;
};

const number = (data: Record<string, unknown>, key: string) => {
  const value = data[key];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
};

export const accuracyText = (accuracyM: number | null, t: Translate) =>
  accuracyM === null ? t("timeline.accuracyUnknown") : t("case.location.accuracyValue", { meters: Math.round(accuracyM) });

const routingLine = (data: Record<string, unknown>, t: Translate) => {
  const fips = text(data, "countyFips");
  // The server adds the county's name (lib/cases/timeline-counties.ts); the code is the fallback.
  const name = text(data, "countyName");
  const state = text(data, "countyState");
  const named = name && state ? { county: name, state } : null;
  switch (text(data, "routing")) {
    case "county":
      return named ? t("timeline.routing.countyNamed", named) : fips ? t("timeline.routing.county", { fips }) : null;
    case "nearest":
      return named
        ? t("timeline.routing.nearestCountyNamed", named)
        : fips
          ? t("timeline.routing.nearestCounty", { fips })
          : t("timeline.routing.nearest");
    case "registered":
      return t("timeline.routing.registered");
    case "fallback":
      return t("timeline.routing.fallback");
    default:
      return null;
  }
};

const cancelReason = (data: Record<string, unknown>, t: Translate) => {
  const reason = text(data, "reason");
  return reason === "safe" || reason === "mistake" ? t(`cancelReason.${reason}`) : null;
};

type DescribeOptions = {
  t: Translate;
  caseMessage: string | null;
  notes?: CaseDetail["notes"];
  /** Times inside legal entries (a hearing's date), in the page's zone; ISO as written without it. */
  formatWhen?: (iso: string) => string;
  /** A calendar day inside legal entries (a detention's date), in the page's language. */
  formatDay?: (isoDate: string) => string;
  /** A time of day in the page's zone (a position's capture and receipt). */
  formatClock?: (iso: string) => string;
};

/**
 * The lines to show under an entry's kind; `caseMessage` is not repeated,
 * since the case shows it already. A note entry holds only the note's id, so
 * its text comes from `notes`.
 */
export const describeTimelineEntry = (
  entry: Entry,
  { t, caseMessage, notes = [], formatWhen = (iso) => iso, formatDay, formatClock = formatWhen }: DescribeOptions,
) => {
  const data = entry.data ?? {};
  const legal = describeLegalEntry(entry.kind, data, { t, formatWhen, formatDay });
  if (legal) return legal;
  const escalation = describeEscalationEntry(entry.kind, data, t);
  if (escalation) return escalation;
  const lines: string[] = [];
  switch (entry.kind) {
    case "ALERT_RECEIVED":
    case "PRESSED_AGAIN": {
      const routing = routingLine(data, t);
      if (routing) lines.push(routing);
      if (typeof data.hasLocation === "boolean") {
        lines.push(t(data.hasLocation ? "timeline.withLocation" : "timeline.withoutLocation"));
      }
      const message = text(data, "message");
      if (message && message !== caseMessage) lines.push(t("timeline.message", { message }));
      break;
    }
    case "LOCATION_UPDATED": {
      const lat = number(data, "lat");
      const lng = number(data, "lng");
      if (lat !== null && lng !== null) {
        lines.push(
          t("timeline.location", {
            lat: lat.toFixed(5),
            lng: lng.toFixed(5),
            accuracy: accuracyText(number(data, "accuracyM"), t),
          }),
        );
      }
      break;
    }
    case "CANCEL_RECEIVED": {
      const reason = cancelReason(data, t);
      if (reason) lines.push(t("timeline.cancel", { reason }));
      break;
    }
    case "DURESS_ESCALATED":
      lines.push(t("timeline.duress"));
      break;
    case "STATUS_CHANGED": {
      const { from, to } = data;
      if (isStatus(from) && isStatus(to)) {
        lines.push(t("timeline.statusChanged", { from: t(statusKey(from)), to: t(statusKey(to)) }));
      } else if (isStatus(to)) {
        lines.push(t(statusKey(to)));
      }
      const legalAssignee = text(data, "legalAssignee");
      if (legalAssignee) lines.push(t("caseWork.timeline.referredTo", { name: legalAssignee }));
      if (isOutcome(data.outcome)) lines.push(t("caseWork.timeline.outcome", { outcome: t(outcomeKey(data.outcome)) }));
      if (Array.isArray(data.remindersCancelled) && data.remindersCancelled.length > 0) {
        lines.push(t("caseWork.timeline.remindersCancelled", { count: data.remindersCancelled.length }));
      }
      const reason = text(data, "reason");
      if (reason) lines.push(t("caseWork.timeline.reason", { reason }));
      break;
    }
    case "LEGAL_HOLD_PLACED": {
      const reason = text(data, "reason");
      if (reason) lines.push(t("caseWork.timeline.reason", { reason }));
      break;
    }
    case "REOPENED": {
      if (isStatus(data.from)) lines.push(t("caseWork.timeline.reopened", { from: t(statusKey(data.from)) }));
      const reason = text(data, "reason");
      if (reason) lines.push(t("caseWork.timeline.reason", { reason }));
      break;
    }
    case "ASSIGNED": {
      const from = text(data, "from");
      const to = text(data, "to");
      if (to) lines.push(from ? t("caseWork.timeline.assigned", { from, to }) : t("caseWork.timeline.assignedFirst", { to }));
      break;
    }
    case "CONTACT_LOGGED": {
      const contact = text(data, "contactName");
      if (contact && isContactResult(data.result)) {
        lines.push(t("caseWork.timeline.contact", { contact, result: t(contactResultKey(data.result)) }));
      }
      break;
    }
    case "NOTICE_ACKNOWLEDGED": {
      const reason = text(data, "reason");
      const known = ["UNTAKEN", "ESCALATED", "OFFERED", "CONTACT_OVERDUE", "DURESS", "INCIDENT"] as const;
      const match = known.find((k) => k === reason);
      if (match) lines.push(t("timeline.noticeAcknowledged", { reason: t(`notices.reason.${match}`) }));
      break;
    }
    case "PERSON_CORRECTED": {
      // Which fields, never their values: those are in the subject's corrections history.
      const fields = Array.isArray(data.fields) ? data.fields.filter(isCorrectableField) : [];
      if (fields.length > 0) lines.push(t("subjects.timeline.fields", { fields: fields.map((f) => t(`subjects.field.${f}`)).join(", ") }));
      break;
    }
    case "NOTE_ADDED": {
      const noteId = text(data, "noteId");
      const note = (noteId && notes.find((n) => n.id === noteId)?.body) ?? text(data, "text") ?? text(data, "body");
      if (note) lines.push(note);
      break;
    }
  }
  // A position from the phone: the entry's time is the desk's receipt, as on the location panel.
  if (entry.capturedAt) lines.push(t("timeline.locationWhen", { captured: formatClock(entry.capturedAt), received: formatClock(entry.createdAt) }));
  return lines;
};
