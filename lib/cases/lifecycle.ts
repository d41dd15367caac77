// The case lifecycle: which status may follow which, and who may move it.
// Pure, so that the server enforces it and the page shows exactly the actions
// the server will accept.
//
//   NEW → ACKNOWLEDGED (an officer takes it) → IN_CONTACT → DETENTION_CONFIRMED → REFERRED_LEGAL_AID → CLOSED
//                                                        ↘ NOT_DETAINED (false alarm)
//                                        ↘ (person cancelled) RESCINDED (confirmed by an officer)
//   NOT_DETAINED, RESCINDED, CLOSED → reopen → ACKNOWLEDGED
import type { CaseStatus, Role } from "@/lib/generated/prisma/enums";

export const ENDED_STATUSES = ["NOT_DETAINED", "RESCINDED", "CLOSED"] as const satisfies readonly CaseStatus[];

export const isEnded = (status: CaseStatus) => (ENDED_STATUSES as readonly CaseStatus[]).includes(status);

const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  NEW: ["ACKNOWLEDGED"],
  ACKNOWLEDGED: ["IN_CONTACT", "RESCINDED"],
  IN_CONTACT: ["DETENTION_CONFIRMED", "NOT_DETAINED", "RESCINDED"],
  DETENTION_CONFIRMED: ["REFERRED_LEGAL_AID"],
  REFERRED_LEGAL_AID: ["CLOSED"],
  NOT_DETAINED: [],
  RESCINDED: [],
  CLOSED: [],
};

export type CaseAction =
  | { kind: "transition"; to: CaseStatus }
  | { kind: "reopen" }
  | { kind: "assign" }
  | { kind: "note" }
  | { kind: "contact" };

export type Actor = { userId: string; role: Role };

export type CaseState = {
  status: CaseStatus;
  ownerId: string | null;
  duress: boolean;
  rescinded: boolean;
};

export type Refusal = "not_allowed" | "not_owner" | "role" | "duress";

/** Whether `actor` may do `action` on a case in `state` (visibility is checked before this). */
export const checkAction = (actor: Actor, state: CaseState, action: CaseAction): Refusal | null => {
  const { role } = actor;
  const isOwner = state.ownerId === actor.userId;
  switch (action.kind) {
    case "note":
      return null;
    case "contact":
      return role === "OFFICER" || role === "LEGAL_AID" ? null : "role";
    case "assign":
      if (isEnded(state.status)) return "not_allowed";
      // During a raid a supervisor may hand out new cases before anyone takes them.
      if (role === "SUPERVISOR") return null;
      return role === "OFFICER" ? (isOwner ? null : "not_owner") : "role";
    case "reopen":
      if (!isEnded(state.status)) return "not_allowed";
      return role === "OFFICER" || role === "SUPERVISOR" ? null : "role";
    case "transition": {
      const { to } = action;
      if (!NEXT[state.status].includes(to)) return "not_allowed";
      // A duress cancel is never a real rescission: someone may be forcing the person.
      if (to === "RESCINDED" && state.duress) return "duress";
      // Without contact, only the person's own cancel justifies rescinding.
      if (to === "RESCINDED" && state.status === "ACKNOWLEDGED" && !state.rescinded) return "not_allowed";
      if (to === "CLOSED") return role === "LEGAL_AID" || (role === "OFFICER" && isOwner) ? null : role === "OFFICER" ? "not_owner" : "role";
      if (role !== "OFFICER") return "role";
      // Anyone of the consulate may take a new case nobody was given; after that it is the owner's.
      if (to === "ACKNOWLEDGED") return state.ownerId === null || isOwner ? null : "not_owner";
      return isOwner ? null : "not_owner";
    }
  }
};

/** Transitions whose "why" must be written down. */
export const REASON_REQUIRED: readonly CaseStatus[] = ["NOT_DETAINED", "RESCINDED"];

/** Every action this actor may take now: drives the buttons on the case page. */
export const allowedActions = (actor: Actor, state: CaseState): CaseAction[] => {
  const candidates: CaseAction[] = [
    ...NEXT[state.status].map((to) => ({ kind: "transition", to }) as const),
    { kind: "reopen" },
    { kind: "assign" },
    { kind: "note" },
    { kind: "contact" },
  ];
  return candidates.filter((action) => checkAction(actor, state, action) === null);
};
