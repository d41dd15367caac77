// One demo case already referred to legal aid, with a facility, a hearing in
// three days and a task due tomorrow, so that `npm run demo` shows the legal
// screens (/legal, the case page's legal panels, the reminders) with
// something in them. Made by the domain functions the app itself runs, as
// the demo accounts would, so it is exactly what a real case would be.
// Idempotent: the person's app user id marks it. Its steps are minutes
// apart, as on a real night (night.ts).
import { transitionCase } from "@/lib/cases/mutations";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { scheduleHearing } from "@/lib/legal-aid/hearings";
import { updateLegalRecord } from "@/lib/legal-aid/record";
import { createTask } from "@/lib/legal-aid/tasks";
import { db } from "@/lib/server/db";
import { openNightCase, scopeOf } from "./night";

const DEMO_APP_USER = "demo_legal_case";
const EAST_LOS_ANGELES = { lat: 34.0239, lng: -118.172 };
const HOUR = 3_600_000;
// Minutes after the alert, as a night at the consulate goes.
const STEPS: [CaseStatus, number][] = [["ACKNOWLEDGED", 3], ["IN_CONTACT", 12], ["DETENTION_CONFIRMED", 44], ["REFERRED_LEGAL_AID", 61]];

export const seedDemoLegalCase = async ({ relayKeyId }: { relayKeyId: string }) => {
  const existing = await db.person.findUnique({ where: { appUserId: DEMO_APP_USER }, select: { id: true } });
  if (existing) return { created: false };

  // The alert came in a little over three hours before the seed.
  const night = await openNightCase({ appUserId: DEMO_APP_USER, fakerSeed: 2026, near: EAST_LOS_ANGELES, minutesAgo: 192, relayKeyId });
  const { caseId } = night;
  const officer = await scopeOf("oficial.la@amparo.demo");
  const legal = await scopeOf("legal.la@amparo.demo");
  await night.moved(2);
  for (const [to, minutes] of STEPS) {
    await night.at(minutes, async () => {
      const { version } = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } });
      await transitionCase({ scope: officer, caseId, to, version });
    });
  }
  const adelanto = await db.detentionFacility.findUnique({ where: { code: "ADELANTO" }, select: { id: true } });
  const record = await db.legalRecord.findUnique({ where: { caseId }, select: { version: true } });
  await night.at(75, () => updateLegalRecord({
    scope: legal,
    caseId,
    patch: {
      version: record?.version ?? 0,
      facilityId: adelanto?.id ?? null,
      // The day of the alert in Los Angeles (en-CA writes YYYY-MM-DD), not in UTC, which is tomorrow there each evening.
      detainedOn: new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(new Date(Date.now() - 192 * 60_000)),
      custodyStatus: "DETAINED",
      bondStatus: "REQUESTED",
      partnerOrg: "Red de defensa migrante (demo)",
      assigneeId: legal.userId,
      documents: { CONSULAR_ID: "RECEIVED", NOTICE_TO_APPEAR: "REQUESTED" },
    },
  }));
  await night.at(79, () =>
    scheduleHearing({
      scope: legal,
      caseId,
      hearing: { court: "Corte de Inmigración de Adelanto", scheduledAt: new Date(Date.now() + 72 * HOUR), type: "BOND", judge: null },
    }),
  );
  await night.at(83, () => createTask({ scope: legal, caseId, task: { title: "Conseguir el acta de nacimiento", dueAt: new Date(Date.now() + 24 * HOUR) } }));
  await night.settle();
  return { created: true, caseId };
};
