import { describe, expect, it } from "vitest";
import type { CaseStatus, Role } from "@/lib/generated/prisma/enums";
import { ALL_STATUSES as STATUSES, ALLOWED_MOVES as ALLOWED, type ActorKind } from "@/lib/server/testing/lifecycle-table";
import { allowedActions, checkAction, type CaseState } from "./lifecycle";

const ACTORS: Record<ActorKind, { userId: string; role: Role }> = {
  owner: { userId: "owner", role: "OFFICER" },
  otherOfficer: { userId: "other", role: "OFFICER" },
  legal: { userId: "legal", role: "LEGAL_AID" },
  supervisor: { userId: "sup", role: "SUPERVISOR" },
  admin: { userId: "admin", role: "ADMIN" },
};

const state = (status: CaseStatus, extra: Partial<CaseState> = {}): CaseState => ({
  status,
  ownerId: status === "NEW" ? null : "owner",
  duress: false,
  rescinded: false,
  ...extra,
});

describe("the case lifecycle", () => {
  it("allows exactly the listed moves, for exactly the listed people", () => {
    const allowed = new Set(ALLOWED.map((a) => a.join(" ")));
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        for (const [kind, actor] of Object.entries(ACTORS)) {
          const ok = checkAction(actor, state(from), { kind: "transition", to }) === null;
          expect([from, to, kind, ok].join(" ")).toBe([from, to, kind, allowed.has(`${from} ${to} ${kind}`)].join(" "));
        }
      }
    }
  });

  it("says why: a move that does not exist, someone else's case, or the wrong role", () => {
    expect(checkAction(ACTORS.owner, state("NEW"), { kind: "transition", to: "CLOSED" })).toBe("not_allowed");
    expect(checkAction(ACTORS.otherOfficer, state("ACKNOWLEDGED"), { kind: "transition", to: "IN_CONTACT" })).toBe("not_owner");
    expect(checkAction(ACTORS.supervisor, state("NEW"), { kind: "transition", to: "ACKNOWLEDGED" })).toBe("role");
  });

  it("takes a new case given to someone only by them", () => {
    const given = state("NEW", { ownerId: "owner" });
    expect(checkAction(ACTORS.owner, given, { kind: "transition", to: "ACKNOWLEDGED" })).toBeNull();
    expect(checkAction(ACTORS.otherOfficer, given, { kind: "transition", to: "ACKNOWLEDGED" })).toBe("not_owner");
  });

  it("rescinds before contact only on the person's own cancel, and never under duress", () => {
    const rescind = { kind: "transition", to: "RESCINDED" } as const;
    expect(checkAction(ACTORS.owner, state("ACKNOWLEDGED"), rescind)).toBe("not_allowed");
    expect(checkAction(ACTORS.owner, state("ACKNOWLEDGED", { rescinded: true }), rescind)).toBeNull();
    expect(checkAction(ACTORS.owner, state("IN_CONTACT", { duress: true }), rescind)).toBe("duress");
    expect(checkAction(ACTORS.owner, state("ACKNOWLEDGED", { rescinded: true, duress: true }), rescind)).toBe("duress");
  });

  it("reopens only ended cases, by officers and supervisors", () => {
    for (const status of STATUSES) {
      const ended = ["NOT_DETAINED", "RESCINDED", "CLOSED"].includes(status);
      expect(checkAction(ACTORS.otherOfficer, state(status), { kind: "reopen" }) === null).toBe(ended);
      expect(checkAction(ACTORS.supervisor, state(status), { kind: "reopen" }) === null).toBe(ended);
      expect(checkAction(ACTORS.legal, state(status), { kind: "reopen" })).not.toBeNull();
      expect(checkAction(ACTORS.admin, state(status), { kind: "reopen" })).not.toBeNull();
    }
  });

  it("lets the owner or a supervisor assign an open case, and anyone who sees it write a note", () => {
    expect(checkAction(ACTORS.owner, state("IN_CONTACT"), { kind: "assign" })).toBeNull();
    expect(checkAction(ACTORS.otherOfficer, state("IN_CONTACT"), { kind: "assign" })).toBe("not_owner");
    expect(checkAction(ACTORS.supervisor, state("NEW"), { kind: "assign" })).toBeNull();
    expect(checkAction(ACTORS.supervisor, state("CLOSED"), { kind: "assign" })).toBe("not_allowed");
    expect(checkAction(ACTORS.admin, state("NEW"), { kind: "note" })).toBeNull();
    expect(checkAction(ACTORS.supervisor, state("NEW"), { kind: "contact" })).toBe("role");
  });

  it("lists the owner's buttons for a case in contact", () => {
    expect(allowedActions(ACTORS.owner, state("IN_CONTACT"))).toEqual([
      { kind: "transition", to: "DETENTION_CONFIRMED" },
      { kind: "transition", to: "NOT_DETAINED" },
      { kind: "transition", to: "RESCINDED" },
      { kind: "assign" },
      { kind: "note" },
      { kind: "contact" },
    ]);
  });
});
