// The records-request export: one JSON document per person (docs/subject-export.md).
// `format` and `version` name the shape; a change that removes or renames a
// field is a new version. Dates are ISO 8601 in UTC (dates without a time:
// YYYY-MM-DD). The exact positions are not in it, as they are not on the
// screen: the trail is its times and counties.
import type { StaffScope } from "@/lib/server/auth/scope";
import type { SubjectRecord } from "./data";
import type { StatedPurpose } from "./schema";

export const SUBJECT_EXPORT_FORMAT = "amparo.subject-record";
export const SUBJECT_EXPORT_VERSION = 1;

export type SubjectExport = {
  format: typeof SUBJECT_EXPORT_FORMAT;
  version: typeof SUBJECT_EXPORT_VERSION;
  generatedAt: string;
  exportedBy: { userId: string; name: string; role: string };
  purpose: StatedPurpose;
  /** Which cases the exporter's scope holds: a supervisor's export has their region's only. */
  scope: "region" | "network";
} & SubjectRecord;

export const toSubjectExport = ({ scope, purpose, record, now = new Date() }: {
  scope: StaffScope;
  purpose: StatedPurpose;
  record: SubjectRecord;
  now?: Date;
}): SubjectExport => ({
  format: SUBJECT_EXPORT_FORMAT,
  version: SUBJECT_EXPORT_VERSION,
  generatedAt: now.toISOString(),
  exportedBy: { userId: scope.userId, name: scope.name, role: scope.role },
  purpose,
  scope: scope.role === "ADMIN" ? "network" : "region",
  ...record,
});

/** The download's file name: the export's day and the person's id, never a name. */
export const exportFileName = (personId: string, now = new Date()) => `amparo-titular-${personId.slice(0, 8)}-${now.toISOString().slice(0, 10)}.json`;
