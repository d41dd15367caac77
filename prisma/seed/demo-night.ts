// The rest of the demo's night, beside the referred case (demo-legal.ts):
// alerts over the last hours at every stage, so the queue has new and
// waiting cases, the map has points, and the supervisor's median time to
// acknowledge is a real figure. Only `npm run demo` seeds these; the e2e
// suite starts from the referred case alone. Idempotent by app user id.
import { transitionCase } from "@/lib/cases/mutations";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import type { LatLng } from "@/lib/geo/distance";
import { db } from "@/lib/server/db";
import { openNightCase, scopeOf } from "./night";

type Step = { minutes: number } & ({ to: CaseStatus; reason?: string } | { moved: true });
type Planned = { appUserId: string; near: LatLng; minutesAgo: number; officer: string; steps: Step[] };

// Minutes ago and minutes after each alert; places around Los Angeles and Houston, apart from each other.
export const NIGHT: Planned[] = [
  { appUserId: "demo_night_1", near: { lat: 33.9617, lng: -118.3531 }, minutesAgo: 3, officer: "oficial.la@amparo.demo", steps: [] },
  {
    appUserId: "demo_night_2",
    near: { lat: 34.1808, lng: -118.309 },
    minutesAgo: 11,
    officer: "oficial.la@amparo.demo",
    steps: [{ minutes: 4, moved: true }],
  },
  {
    appUserId: "demo_night_3",
    near: { lat: 33.8958, lng: -118.2201 },
    minutesAgo: 27,
    officer: "oficial2.la@amparo.demo",
    steps: [{ minutes: 4, to: "ACKNOWLEDGED" }],
  },
  {
    appUserId: "demo_night_4",
    near: { lat: 34.0686, lng: -118.0276 },
    minutesAgo: 58,
    officer: "oficial.la@amparo.demo",
    steps: [
      { minutes: 2, to: "ACKNOWLEDGED" },
      { minutes: 5, moved: true },
      { minutes: 11, to: "IN_CONTACT" },
    ],
  },
  {
    appUserId: "demo_night_5",
    near: { lat: 34.0522, lng: -118.2437 },
    minutesAgo: 107,
    officer: "oficial2.la@amparo.demo",
    steps: [
      { minutes: 5, to: "ACKNOWLEDGED" },
      { minutes: 14, to: "IN_CONTACT" },
      { minutes: 38, to: "DETENTION_CONFIRMED" },
    ],
  },
  {
    appUserId: "demo_night_6",
    near: { lat: 33.9401, lng: -118.1332 },
    minutesAgo: 275,
    officer: "oficial.la@amparo.demo",
    steps: [
      { minutes: 6, to: "ACKNOWLEDGED" },
      { minutes: 17, to: "IN_CONTACT" },
      { minutes: 29, to: "NOT_DETAINED", reason: "Lo dejaron ir en el lugar; ya está en casa con su familia." },
    ],
  },
  {
    appUserId: "demo_night_7",
    near: { lat: 29.7604, lng: -95.3698 },
    minutesAgo: 41,
    officer: "oficial.houston@amparo.demo",
    steps: [{ minutes: 7, to: "ACKNOWLEDGED" }],
  },
];

export const seedDemoNight = async ({ relayKeyId }: { relayKeyId: string }) => {
  let created = 0;
  for (const [i, plan] of NIGHT.entries()) {
    const existing = await db.person.findUnique({ where: { appUserId: plan.appUserId }, select: { id: true } });
    if (existing) continue;
    const night = await openNightCase({ appUserId: plan.appUserId, fakerSeed: 4100 + i, near: plan.near, minutesAgo: plan.minutesAgo, relayKeyId, exact: true });
    const officer = await scopeOf(plan.officer);
    for (const step of plan.steps) {
      if ("moved" in step) {
        await night.moved(step.minutes);
        continue;
      }
      await night.at(step.minutes, async () => {
        const { version } = await db.case.findUniqueOrThrow({ where: { id: night.caseId }, select: { version: true } });
        await transitionCase({ scope: officer, caseId: night.caseId, to: step.to, reason: step.reason, version });
      });
    }
    await night.settle();
    created += 1;
  }
  return { created };
};
