// Who is on duty (SQL function on_duty_user_ids, read through onDutyUserIds):
// weekly shifts in each consulate's own zone, past midnight, across the
// Saturday→Sunday wrap and a DST change, one-off spans, and the people a
// shift no longer counts for (disabled, moved to another consulate).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { onDutyUserIds } from "./on-duty";

type Staff = Awaited<ReturnType<typeof createStaff>>;
let creator: Staff;
const consulateIds: Record<string, string> = {};

beforeAll(async () => {
  await ensureNetwork();
  creator = await createStaff("SUPERVISOR", { region: "OESTE" });
  for (const c of await db.consulate.findMany({ where: { code: { in: ["LAX", "HOU"] } }, select: { id: true, code: true } })) consulateIds[c.code] = c.id;
});

const clock = (hhmm: string) => new Date(`1970-01-01T${hhmm}:00Z`);

const weekly = async (person: Staff, at: "LAX" | "HOU", weekday: number, startsLocal: string, endsLocal: string) =>
  db.dutyShift.create({
    data: { consulateId: consulateIds[at], userId: person.user.id, kind: "WEEKLY", weekday, startsLocal: clock(startsLocal), endsLocal: clock(endsLocal), createdById: creator.user.id },
  });

const once = async (person: Staff, at: "LAX" | "HOU", startsAt: string, endsAt: string) =>
  db.dutyShift.create({
    data: { consulateId: consulateIds[at], userId: person.user.id, kind: "ONCE", startsAt: new Date(startsAt), endsAt: new Date(endsAt), createdById: creator.user.id },
  });

/** Whether `person` is on duty at `at`'s consulate at the instant `iso`. */
const onDuty = async (person: Staff, at: "LAX" | "HOU", iso: string) =>
  (await onDutyUserIds(db, { consulateId: consulateIds[at], at: new Date(iso) })).includes(person.user.id);

/** The instants at which `person` is on duty, of those given. */
const coveredAt = async (person: Staff, at: "LAX" | "HOU", instants: string[]) => {
  const covered: string[] = [];
  for (const iso of instants) if (await onDuty(person, at, iso)) covered.push(iso);
  return covered;
};

describe("[ESCALATION] on_duty_user_ids", () => {
  it("reads a weekly shift in each consulate's own zone (LAX in Pacific time, HOU in Central)", async () => {
    const [lax, hou] = await Promise.all([createStaff("OFFICER", { consulate: "LAX" }), createStaff("OFFICER", { consulate: "HOU" })]);
    // Monday 09:00–17:00 local at both.
    await weekly(lax, "LAX", 1, "09:00", "17:00");
    await weekly(hou, "HOU", 1, "09:00", "17:00");
    // Monday 7 Dec 2026: 08:30 PST = 10:30 CST; 09:30 PST = 11:30 CST; 16:30 PST = 18:30 CST.
    const instants = ["2026-12-07T15:00:00Z", "2026-12-07T16:30:00Z", "2026-12-07T17:30:00Z", "2026-12-08T00:30:00Z", "2026-12-08T01:00:00Z"];
    expect(await coveredAt(lax, "LAX", instants)).toEqual(["2026-12-07T17:30:00Z", "2026-12-08T00:30:00Z"]);
    expect(await coveredAt(hou, "HOU", instants)).toEqual(["2026-12-07T15:00:00Z", "2026-12-07T16:30:00Z", "2026-12-07T17:30:00Z"]);
    // A shift counts at its own consulate only.
    expect(await onDuty(lax, "HOU", "2026-12-07T17:30:00Z")).toBe(false);
  });

  it("runs a shift that ends at or before its start past midnight into the next day", async () => {
    const person = await createStaff("OFFICER", { consulate: "LAX" });
    // Friday 22:00 to Saturday 06:00, Pacific time (PST, UTC−8 in December).
    await weekly(person, "LAX", 5, "22:00", "06:00");
    const instants = [
      "2026-12-12T05:59:00Z", // Fri 21:59
      "2026-12-12T06:00:00Z", // Fri 22:00
      "2026-12-12T10:00:00Z", // Sat 02:00
      "2026-12-12T13:59:00Z", // Sat 05:59
      "2026-12-12T14:00:00Z", // Sat 06:00
      "2026-12-13T10:00:00Z", // Sun 02:00: the morning part is Saturday's only
      "2026-12-11T10:00:00Z", // Fri 02:00: nor Friday's
    ];
    expect(await coveredAt(person, "LAX", instants)).toEqual(["2026-12-12T06:00:00Z", "2026-12-12T10:00:00Z", "2026-12-12T13:59:00Z"]);
    // An end equal to the start is the whole day round.
    const allDay = await createStaff("OFFICER", { consulate: "LAX" });
    await weekly(allDay, "LAX", 2, "07:00", "07:00");
    expect(await coveredAt(allDay, "LAX", ["2026-12-08T14:59:00Z", "2026-12-08T15:00:00Z", "2026-12-09T14:59:00Z", "2026-12-09T15:00:00Z"])).toEqual([
      "2026-12-08T15:00:00Z",
      "2026-12-09T14:59:00Z",
    ]);
  });

  it("wraps a Saturday night shift into Sunday morning", async () => {
    const person = await createStaff("LEGAL_AID", { consulate: "HOU" });
    // Saturday 20:00 to Sunday 04:00, Central time (CST, UTC−6).
    await weekly(person, "HOU", 6, "20:00", "04:00");
    const instants = [
      "2026-12-13T01:59:00Z", // Sat 19:59
      "2026-12-13T02:00:00Z", // Sat 20:00
      "2026-12-13T09:00:00Z", // Sun 03:00
      "2026-12-13T10:00:00Z", // Sun 04:00
      "2026-12-14T09:00:00Z", // Mon 03:00
    ];
    expect(await coveredAt(person, "HOU", instants)).toEqual(["2026-12-13T02:00:00Z", "2026-12-13T09:00:00Z"]);
  });

  it("covers a one-off shift from its start up to, not including, its end", async () => {
    const person = await createStaff("OFFICER", { consulate: "LAX" });
    await once(person, "LAX", "2026-12-09T10:00:00Z", "2026-12-10T10:00:00Z");
    const instants = ["2026-12-09T09:59:59Z", "2026-12-09T10:00:00Z", "2026-12-09T23:00:00Z", "2026-12-10T09:59:59Z", "2026-12-10T10:00:00Z"];
    expect(await coveredAt(person, "LAX", instants)).toEqual(["2026-12-09T10:00:00Z", "2026-12-09T23:00:00Z", "2026-12-10T09:59:59Z"]);
  });

  it("leaves out a disabled user and one moved to another consulate, whatever their shifts say", async () => {
    const [disabled, moved, stays] = await Promise.all([
      createStaff("OFFICER", { consulate: "LAX" }),
      createStaff("OFFICER", { consulate: "LAX" }),
      createStaff("OFFICER", { consulate: "LAX" }),
    ]);
    for (const person of [disabled, moved, stays]) await once(person, "LAX", "2026-12-09T00:00:00Z", "2026-12-10T00:00:00Z");
    const noon = "2026-12-09T20:00:00Z";
    expect([await onDuty(disabled, "LAX", noon), await onDuty(moved, "LAX", noon), await onDuty(stays, "LAX", noon)]).toEqual([true, true, true]);
    await db.user.update({ where: { id: disabled.user.id }, data: { active: false } });
    await db.user.update({ where: { id: moved.user.id }, data: { consulateId: consulateIds.HOU } });
    expect([await onDuty(disabled, "LAX", noon), await onDuty(moved, "LAX", noon), await onDuty(stays, "LAX", noon)]).toEqual([false, false, true]);
    // Nor does the move carry the shift to the new consulate.
    expect(await onDuty(moved, "HOU", noon)).toBe(false);
  });

  it("keeps a weekly shift on the local clock through a DST change (both ways)", async () => {
    const person = await createStaff("OFFICER", { consulate: "LAX" });
    // Sunday 01:00–05:00 Pacific time.
    await weekly(person, "LAX", 0, "01:00", "05:00");
    // Sunday 1 Nov 2026, clocks fall back at 02:00 PDT: 01:00–02:00 happens twice.
    const fallBack = [
      "2026-11-01T07:59:00Z", // 00:59 PDT
      "2026-11-01T08:30:00Z", // 01:30 PDT
      "2026-11-01T09:30:00Z", // 01:30 PST, the second time
      "2026-11-01T12:59:00Z", // 04:59 PST
      "2026-11-01T13:00:00Z", // 05:00 PST (a fixed UTC−7 would still count it)
    ];
    expect(await coveredAt(person, "LAX", fallBack)).toEqual(["2026-11-01T08:30:00Z", "2026-11-01T09:30:00Z", "2026-11-01T12:59:00Z"]);
    // Sunday 14 Mar 2027, clocks spring forward at 02:00 PST to 03:00 PDT.
    const springForward = [
      "2027-03-14T08:59:00Z", // 00:59 PST
      "2027-03-14T09:00:00Z", // 01:00 PST
      "2027-03-14T10:30:00Z", // 03:30 PDT
      "2027-03-14T11:59:00Z", // 04:59 PDT
      "2027-03-14T12:00:00Z", // 05:00 PDT (a fixed UTC−8 would read 04:00 and count it)
    ];
    expect(await coveredAt(person, "LAX", springForward)).toEqual(["2027-03-14T09:00:00Z", "2027-03-14T10:30:00Z", "2027-03-14T11:59:00Z"]);
  });
});
