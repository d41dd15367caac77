// One demo case already referred to legal aid, with a facility, a hearing in
// three days and a task due tomorrow, so that `npm run demo` shows the legal
// screens (/legal, the case page's legal panels, the reminders) with
// something in them. Made by the domain functions the app itself runs, as
// the demo accounts would, so it is exactly what a real case would be.
// Idempotent: the person's app user id marks it.
import { createFaker, fakePanic } from "@/lib/alerts/testing/fake";
import { ingestAlertEvent } from "@/lib/alerts/mutations";
import { alertEventSchema } from "@/lib/alerts/schema";
import { transitionCase } from "@/lib/cases/mutations";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { scheduleHearing } from "@/lib/legal-aid/hearings";
import { updateLegalRecord } from "@/lib/legal-aid/record";
import { createTask } from "@/lib/legal-aid/tasks";
import { mintScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { canonicalSha256 } from "@/lib/server/http/canonical-json";
import { getScopeUser } from "@/lib/server/auth/users";

const DEMO_APP_USER = "demo_legal_case";
const EAST_LOS_ANGELES = { lat: 34.0239, lng: -118.172 };
const HOUR = 3_600_000;

const scopeOf = async (email: string) => {
  const { id } = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return mintScope((await getScopeUser(id))!);
};

export const seedDemoLegalCase = async ({ relayKeyId }: { relayKeyId: string }) => {
  const existing = await db.person.findUnique({ where: { appUserId: DEMO_APP_USER }, select: { id: true } });
  if (existing) return { created: false };

  const event = alertEventSchema.parse(fakePanic(createFaker(2026), { appUserId: DEMO_APP_USER, near: EAST_LOS_ANGELES }));
  const { caseId } = await ingestAlertEvent({ event, bodySha256: canonicalSha256(event), relayKeyId });
  const officer = await scopeOf("oficial.la@amparo.demo");
  const legal = await scopeOf("legal.la@amparo.demo");
  for (const to of ["ACKNOWLEDGED", "IN_CONTACT", "DETENTION_CONFIRMED", "REFERRED_LEGAL_AID"] as CaseStatus[]) {
    const { version } = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } });
    await transitionCase({ scope: officer, caseId, to, version });
  }
  const adelanto = await db.detentionFacility.findUnique({ where: { code: "ADELANTO" }, select: { id: true } });
  const record = await db.legalRecord.findUnique({ where: { caseId }, select: { version: true } });
  await updateLegalRecord({
    scope: legal,
    caseId,
    patch: {
      version: record?.version ?? 0,
      facilityId: adelanto?.id ?? null,
      detainedOn: new Date().toISOString().slice(0, 10),
      custodyStatus: "DETAINED",
      bondStatus: "REQUESTED",
      partnerOrg: "Red de defensa migrante (demo)",
      assigneeId: legal.userId,
      documents: { CONSULAR_ID: "RECEIVED", NOTICE_TO_APPEAR: "REQUESTED" },
    },
  });
  await scheduleHearing({
    scope: legal,
    caseId,
    hearing: { court: "Corte de Inmigración de Adelanto", scheduledAt: new Date(Date.now() + 72 * HOUR), type: "BOND", judge: null },
  });
  await createTask({ scope: legal, caseId, task: { title: "Conseguir el acta de nacimiento", dueAt: new Date(Date.now() + 24 * HOUR) } });
  return { created: true, caseId };
};
