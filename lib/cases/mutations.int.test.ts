// Case work against the real PostgreSQL: every move of the lifecycle for every
// role, optimistic concurrency, and one timeline entry per change.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { ALL_STATUSES, ALLOWED_MOVES, type ActorKind } from "@/lib/server/testing/lifecycle-table";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { addNote, assignCase, logContactAttempt, reopenCase, transitionCase } from "./mutations";

type Staff = Awaited<ReturnType<typeof createStaff>>;
let actors: Record<ActorKind, Staff>;
let houstonOfficer: Staff;

beforeAll(async () => {
  await ensureNetwork();
  const [owner, otherOfficer, legal, supervisor, admin, houston] = await Promise.all([
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("LEGAL_AID", { consulate: "LAX" }),
    createStaff("SUPERVISOR", { region: "OESTE" }),
    createStaff("ADMIN"),
    createStaff("OFFICER", { consulate: "HOU" }),
  ]);
  actors = { owner, otherOfficer, legal, supervisor, admin };
  houstonOfficer = houston;
});

const outcomeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (!isAppError(error)) throw error;
    return error.code;
  }
};

const timelineOf = (caseId: string) =>
  db.caseTimelineEntry.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { kind: true, data: true, actorUserId: true } });

const reasonFor = (to: CaseStatus) => (to === "NOT_DETAINED" || to === "RESCINDED" ? "Habló con la persona" : undefined);

describe("[TRIAGE] the lifecycle, move by move and role by role", () => {
  it("allows exactly the listed moves and refuses every other one without changing anything", async () => {
    const allowed = new Set(ALLOWED_MOVES.map((m) => m.join(" ")));
    const results: string[] = [];
    for (const from of ALL_STATUSES) {
      for (const [kind, actor] of Object.entries(actors) as [ActorKind, Staff][]) {
        let current = await createCaseAt({ status: from, ownerId: from === "NEW" ? null : actors.owner.user.id });
        for (const to of ALL_STATUSES) {
          const result = await outcomeOf(
            transitionCase({
              scope: actor.scope,
              caseId: current.id,
              version: current.version,
              to,
              reason: reasonFor(to),
              outcome: to === "CLOSED" ? "RELEASED_ON_BOND" : undefined,
            }),
          );
          const expected = allowed.has(`${from} ${to} ${kind}`);
          results.push(`${from}→${to} by ${kind}: ${expected ? "ok" : "refused"} / ${result}`);
          const after = await db.case.findUniqueOrThrow({ where: { id: current.id } });
          if (expected) {
            expect(result, `${from}→${to} by ${kind}`).toBe("ok");
            expect(after.status).toBe(to);
            expect(after.version).toBe(current.version + 1);
            current = await createCaseAt({ status: from, ownerId: from === "NEW" ? null : actors.owner.user.id });
          } else {
            // An administrator reads no case, so to them it is not there at all.
            const refusals = kind === "admin" ? ["not_found"] : ["conflict", "forbidden"];
            expect(refusals, `${from}→${to} by ${kind} gave ${result}`).toContain(result);
            expect(after.status).toBe(from);
            expect(after.version).toBe(current.version);
          }
        }
      }
    }
    expect(results).toHaveLength(ALL_STATUSES.length * ALL_STATUSES.length * 5);
  });

  it("hides another consulate's case entirely", async () => {
    const laCase = await createCaseAt({ status: "NEW" });
    const result = await outcomeOf(
      transitionCase({ scope: houstonOfficer.scope, caseId: laCase.id, version: 1, to: "ACKNOWLEDGED" }),
    );
    expect(result).toBe("not_found");
    expect(await outcomeOf(addNote({ scope: houstonOfficer.scope, caseId: laCase.id, body: "x" }))).toBe("not_found");
  });

  it("makes the one who takes a new case its owner, and requires a reason and an outcome where due", async () => {
    const created = await createCaseAt({ status: "NEW" });
    const taken = await transitionCase({ scope: actors.otherOfficer.scope, caseId: created.id, version: 1, to: "ACKNOWLEDGED" });
    expect(taken.owner?.id).toBe(actors.otherOfficer.user.id);
    expect(taken.acknowledgedAt).not.toBeNull();

    const inContact = await createCaseAt({ status: "IN_CONTACT", ownerId: actors.owner.user.id });
    expect(await outcomeOf(transitionCase({ scope: actors.owner.scope, caseId: inContact.id, version: 1, to: "NOT_DETAINED" }))).toBe("invalid_body");
    const referred = await createCaseAt({ status: "REFERRED_LEGAL_AID", ownerId: actors.owner.user.id });
    expect(await outcomeOf(transitionCase({ scope: actors.legal.scope, caseId: referred.id, version: 1, to: "CLOSED" }))).toBe("invalid_body");
  });
});

describe("[TRIAGE] optimistic concurrency", () => {
  it("lets one of two writes from the same version win and refuses the other with the newer state", async () => {
    const created = await createCaseAt({ status: "NEW" });
    const attempts = await Promise.allSettled([
      transitionCase({ scope: actors.owner.scope, caseId: created.id, version: 1, to: "ACKNOWLEDGED" }),
      transitionCase({ scope: actors.otherOfficer.scope, caseId: created.id, version: 1, to: "ACKNOWLEDGED" }),
    ]);
    const won = attempts.filter((a) => a.status === "fulfilled");
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const error = lost[0].reason;
    expect(isAppError(error) && error.code).toBe("conflict");
    expect(error.details).toMatchObject({ reason: "stale_version", currentStatus: "ACKNOWLEDGED", case: { version: 2 } });
    expect((await timelineOf(created.id)).filter((t) => t.kind === "STATUS_CHANGED")).toHaveLength(1);
  });

  it("refuses a write from a version someone else has already moved past", async () => {
    const created = await createCaseAt({ status: "ACKNOWLEDGED", ownerId: actors.owner.user.id });
    await addNote({ scope: actors.supervisor.scope, caseId: created.id, body: "Appends do not conflict" });
    await assignCase({ scope: actors.supervisor.scope, caseId: created.id, version: 1, ownerId: actors.otherOfficer.user.id });
    const stale = await outcomeOf(transitionCase({ scope: actors.owner.scope, caseId: created.id, version: 1, to: "IN_CONTACT" }));
    expect(stale).toBe("conflict");
    // The case is now the other officer's: the former owner may no longer move it at all.
    const notOwner = await outcomeOf(transitionCase({ scope: actors.owner.scope, caseId: created.id, version: 2, to: "IN_CONTACT" }));
    expect(notOwner).toBe("forbidden");
  });
});

describe("[TRIAGE] the timeline", () => {
  it("has one entry per change along the whole path to closed, with who and why", async () => {
    const created = await createCaseAt({ status: "NEW" });
    const owner = actors.owner.scope;
    let version = 1;
    const move = async (to: CaseStatus, extra: { reason?: string; outcome?: "RELEASED" } = {}) => {
      version = (await transitionCase({ scope: owner, caseId: created.id, version, to, ...extra })).version;
    };
    await move("ACKNOWLEDGED");
    await logContactAttempt({ scope: owner, caseId: created.id, attempt: { contactName: "José", result: "REACHED_RELATIVE" } });
    await move("IN_CONTACT", { reason: "Habló con el esposo" });
    await move("DETENTION_CONFIRMED");
    await addNote({ scope: owner, caseId: created.id, body: "Detenido en Adelanto" });
    await move("REFERRED_LEGAL_AID");
    version = (await transitionCase({ scope: actors.legal.scope, caseId: created.id, version, to: "CLOSED", outcome: "RELEASED" })).version;

    const timeline = await timelineOf(created.id);
    expect(timeline.map((t) => t.kind)).toEqual([
      "STATUS_CHANGED",
      "CONTACT_LOGGED",
      "STATUS_CHANGED",
      "STATUS_CHANGED",
      "NOTE_ADDED",
      "STATUS_CHANGED",
      "STATUS_CHANGED",
    ]);
    expect(timeline[2]).toMatchObject({ actorUserId: actors.owner.user.id, data: { from: "ACKNOWLEDGED", to: "IN_CONTACT", reason: "Habló con el esposo" } });
    expect(timeline.at(-1)).toMatchObject({ actorUserId: actors.legal.user.id, data: { to: "CLOSED", outcome: "RELEASED" } });
    const closed = await db.case.findUniqueOrThrow({ where: { id: created.id } });
    expect(closed).toMatchObject({ status: "CLOSED", outcome: "RELEASED", version: 6 });
    expect(closed.closedAt).not.toBeNull();

    const reopened = await reopenCase({ scope: actors.supervisor.scope, caseId: created.id, version, reason: "Lo volvieron a detener" });
    expect(reopened).toMatchObject({ status: "ACKNOWLEDGED", outcome: null, owner: { id: actors.owner.user.id } });
    expect((await timelineOf(created.id)).at(-1)).toMatchObject({ kind: "REOPENED", data: { from: "CLOSED", reason: "Lo volvieron a detener" } });
  });

  it("refuses to reopen while the person has another open case", async () => {
    const ended = await createCaseAt({ status: "NOT_DETAINED", ownerId: actors.owner.user.id });
    const now = new Date();
    await db.case.create({
      data: { number: `LAX-1998-${String(Date.now() % 1_000_000).padStart(6, "0")}`, consulateId: ended.consulateId, personId: ended.personId, alertAt: now, lastEventAt: now },
    });
    const result = await outcomeOf(reopenCase({ scope: actors.owner.scope, caseId: ended.id, version: 1, reason: "Otra vez" }));
    expect(result).toBe("conflict");
    expect((await db.case.findUniqueOrThrow({ where: { id: ended.id } })).status).toBe("NOT_DETAINED");
  });
});

describe("[TRIAGE] assignment", () => {
  it("lets a supervisor give a new case to an officer, who alone may then take it", async () => {
    const created = await createCaseAt({ status: "NEW" });
    const given = await assignCase({ scope: actors.supervisor.scope, caseId: created.id, version: 1, ownerId: actors.otherOfficer.user.id });
    expect(given.owner?.id).toBe(actors.otherOfficer.user.id);
    expect(await outcomeOf(transitionCase({ scope: actors.owner.scope, caseId: created.id, version: 2, to: "ACKNOWLEDGED" }))).toBe("forbidden");
    expect(await outcomeOf(transitionCase({ scope: actors.otherOfficer.scope, caseId: created.id, version: 2, to: "ACKNOWLEDGED" }))).toBe("ok");
  });

  it("gives a case only to an active officer of its consulate", async () => {
    const created = await createCaseAt({ status: "ACKNOWLEDGED", ownerId: actors.owner.user.id });
    for (const ownerId of [houstonOfficer.user.id, actors.legal.user.id]) {
      expect(await outcomeOf(assignCase({ scope: actors.owner.scope, caseId: created.id, version: 1, ownerId }))).toBe("invalid_body");
    }
    expect((await db.case.findUniqueOrThrow({ where: { id: created.id } })).ownerId).toBe(actors.owner.user.id);
  });
});
