// What the case page puts forward, for each status and role: the step that
// moves the case on is the one primary button; the moves that end a case
// early (a cancellation, reopening) are offered beside it, never as the
// default. Pure, beside the lifecycle (lifecycle.ts) it dresses: it names
// no move the lifecycle would refuse (next-step.test.ts checks both together).
//
// status               officer                         legal aid          supervisor
// NEW                  Tomar caso                      -                  -
// ACKNOWLEDGED         Persona contactada              -                  -
// IN_CONTACT           Confirmar detención,            -                  -
//                      No hubo detención (the
//                      contact settles one or other)
// DETENTION_CONFIRMED  Referir a asesoría legal        -                  -
// REFERRED_LEGAL_AID   the legal record (legal aid     Cerrar caso        -
//                      has the case now; closing
//                      stays quiet)
// NOT_DETAINED, RESCINDED, CLOSED: nothing primary; reopening is quiet.
import type { CaseStatus, Role } from "@/lib/generated/prisma/enums";

/** A move on the case page: a lifecycle target, reopening, or going to the case's legal record. */
export type CaseStep = Exclude<CaseStatus, "NEW"> | "reopen" | "legalRecord";

type StepRole = Exclude<Role, "ADMIN">;

const NONE: readonly CaseStep[] = [];

const PRIMARY: Record<CaseStatus, Record<StepRole, readonly CaseStep[]>> = {
  NEW: { OFFICER: ["ACKNOWLEDGED"], LEGAL_AID: NONE, SUPERVISOR: NONE },
  ACKNOWLEDGED: { OFFICER: ["IN_CONTACT"], LEGAL_AID: NONE, SUPERVISOR: NONE },
  IN_CONTACT: { OFFICER: ["DETENTION_CONFIRMED", "NOT_DETAINED"], LEGAL_AID: NONE, SUPERVISOR: NONE },
  DETENTION_CONFIRMED: { OFFICER: ["REFERRED_LEGAL_AID"], LEGAL_AID: NONE, SUPERVISOR: NONE },
  REFERRED_LEGAL_AID: { OFFICER: ["legalRecord"], LEGAL_AID: ["CLOSED"], SUPERVISOR: NONE },
  NOT_DETAINED: { OFFICER: NONE, LEGAL_AID: NONE, SUPERVISOR: NONE },
  RESCINDED: { OFFICER: NONE, LEGAL_AID: NONE, SUPERVISOR: NONE },
  CLOSED: { OFFICER: NONE, LEGAL_AID: NONE, SUPERVISOR: NONE },
};

/** The steps this role is pointed to in this status (the page shows those the lifecycle allows now). */
export const primarySteps = (role: Role, status: CaseStatus): readonly CaseStep[] => (role === "ADMIN" ? NONE : PRIMARY[status][role]);

/** Whether `step` is a primary button for this role in this status; every other allowed move is quiet. */
export const isPrimaryStep = (role: Role, status: CaseStatus, step: CaseStep) => primarySteps(role, status).includes(step);

/** Whether the page offers a link to the legal record as this role's way forward (it is no lifecycle move). */
export const leadsToLegalRecord = (role: Role, status: CaseStatus) => isPrimaryStep(role, status, "legalRecord");

/** The id of the case page's legal section, which that link goes to. */
export const LEGAL_WORK_ANCHOR = "legal-work";
