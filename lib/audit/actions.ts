// The audit log's actions the desk writes today (grep `recordAudit(` and
// `action:` across lib), each with a label in both catalogs. The search's
// select also lists any other action the log holds (a newer module's), by
// its code: a label is a nicety, finding the rows is not.
import { READ_KINDS } from "./read-kinds";

export const KNOWN_AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_throttled",
  "auth.sign_out",
  "case.viewed",
  ...READ_KINDS.map((kind) => `read.${kind}` as const),
  "cases.exported",
  "legal.a_number_refused",
  "incident.open",
  "incident.confirm",
  "incident.dismiss",
  "incident.close",
  "incident.lead",
  "incident.note",
  "incident.bulk.take",
  "incident.bulk.assign",
  "incident.bulk.refer",
  "incident.bulk.close_false_alarm",
  "incident.bulk.family_update",
  "duty_shift.created",
  "duty_shift.deleted",
  "relay_key.created",
  "relay_key.revoked",
  "user.disabled",
  "user.role_changed",
  "user.moved",
  "audit.exported",
  "retention.coarsen",
  "retention.purge",
  "retention.run",
  "retention.policy.update",
  "case.legal_hold.place",
  "case.legal_hold.lift",
  "subject.viewed",
  "subject.exported",
  "subject.corrected",
  "auth.second_factor_asked",
  "two_factor.enrolment_started",
  "two_factor.enabled",
  "two_factor.disabled",
  "two_factor.recovery_codes_replaced",
  "two_factor.reset",
  "user.invited",
  "user.password_reset_issued",
  "user.password_set",
  "consulate.settings.update",
  "jurisdiction.reassign",
  "keys.rewrap",
  "keys.new_data_key",
  "keys.reseal",
  "keys.drop_data_key",
] as const;

export type KnownAuditAction = (typeof KNOWN_AUDIT_ACTIONS)[number];

export const isKnownAuditAction = (action: string): action is KnownAuditAction => (KNOWN_AUDIT_ACTIONS as readonly string[]).includes(action);
