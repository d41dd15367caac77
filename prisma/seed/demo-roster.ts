// The demo roster: every demo consulate has someone on duty at every hour,
// in its own time zone. LAX splits the day between its two officers (days
// and nights); Houston's one officer stands a whole-day shift every day.
// Legal aid is left off, for a supervisor to add. Idempotent: a shift that
// is already there is not added again.
import type { PrismaClient } from "@/lib/generated/prisma/client";

type DemoShift = { email: string; consulate: string; startsLocal: string; endsLocal: string };

// An end at or before the start runs past midnight; an end equal to it, the whole day round.
export const DEMO_SHIFTS: DemoShift[] = [
  { email: "oficial.la@amparo.demo", consulate: "LAX", startsLocal: "07:00", endsLocal: "19:00" },
  { email: "oficial2.la@amparo.demo", consulate: "LAX", startsLocal: "19:00", endsLocal: "07:00" },
  { email: "oficial.houston@amparo.demo", consulate: "HOU", startsLocal: "00:00", endsLocal: "00:00" },
];

const clock = (hhmm: string) => new Date(`1970-01-01T${hhmm}:00.000Z`);

export const seedDemoRoster = async (db: PrismaClient) => {
  const creator = await db.user.findUniqueOrThrow({ where: { email: "admin@amparo.demo" }, select: { id: true } });
  let created = 0;
  for (const shift of DEMO_SHIFTS) {
    const [user, consulate] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { email: shift.email }, select: { id: true } }),
      db.consulate.findUniqueOrThrow({ where: { code: shift.consulate }, select: { id: true } }),
    ]);
    for (let weekday = 0; weekday < 7; weekday++) {
      const data = {
        consulateId: consulate.id,
        userId: user.id,
        kind: "WEEKLY" as const,
        weekday,
        startsLocal: clock(shift.startsLocal),
        endsLocal: clock(shift.endsLocal),
      };
      if (await db.dutyShift.findFirst({ where: data, select: { id: true } })) continue;
      await db.dutyShift.create({ data: { ...data, createdById: creator.id } });
      created++;
    }
  }
  return { created };
};
