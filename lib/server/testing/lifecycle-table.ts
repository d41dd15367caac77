// The lifecycle, written out move by move, for the tests to hold the
// code to: everything not listed is refused. Actors: the case's owner (an
// officer), another officer of the consulate, legal aid, a supervisor of the
// region, an administrator.
import type { CaseStatus } from "@/lib/generated/prisma/enums";

export type ActorKind = "owner" | "otherOfficer" | "legal" | "supervisor" | "admin";

export const ALLOWED_MOVES: [from: CaseStatus, to: CaseStatus, actor: ActorKind][] = [
  ["NEW", "ACKNOWLEDGED", "owner"],
  ["NEW", "ACKNOWLEDGED", "otherOfficer"],
  ["ACKNOWLEDGED", "IN_CONTACT", "owner"],
  ["IN_CONTACT", "DETENTION_CONFIRMED", "owner"],
  ["IN_CONTACT", "NOT_DETAINED", "owner"],
  ["IN_CONTACT", "RESCINDED", "owner"],
  ["DETENTION_CONFIRMED", "REFERRED_LEGAL_AID", "owner"],
  ["REFERRED_LEGAL_AID", "CLOSED", "owner"],
  ["REFERRED_LEGAL_AID", "CLOSED", "legal"],
];

export const ALL_STATUSES: CaseStatus[] = [
  "NEW", "ACKNOWLEDGED", "IN_CONTACT", "DETENTION_CONFIRMED", "NOT_DETAINED", "RESCINDED", "REFERRED_LEGAL_AID", "CLOSED",
];
