// Family updates against the real PostgreSQL: drafted from the record in the
// contact's language, approved by a second person, and sent by the outbox
// exactly once each, however many senders run.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { updateLegalRecord } from "@/lib/legal-aid/record";
import { scheduleHearing } from "@/lib/legal-aid/hearings";
import { keyring } from "@/lib/privacy/keys-data";
import { createCaseAt, createStaff, ensureNetwork, outcomeOf, updatePerson } from "@/lib/server/testing/fixtures";
import { approveFamilyMessage, draftFamilyMessage, discardFamilyMessage } from "./mutations";
import { MAX_ATTEMPTS, sendOutboxBatch } from "./outbox";
import { SmsSendError, type SmsTransport } from "./transport";

type Staff = Awaited<ReturnType<typeof createStaff>>;
let legal: Staff;
let officer: Staff;

beforeAll(async () => {
  await ensureNetwork();
  [legal, officer] = await Promise.all([createStaff("LEGAL_AID", { consulate: "LAX" }), createStaff("OFFICER", { consulate: "LAX" })]);
  // Earlier runs' leftovers must not be sent by this file's senders.
  await db.familyMessage.updateMany({ where: { status: { in: ["APPROVED", "SENDING"] } }, data: { status: "FAILED", lastError: null } });
});


const caseWithContact = async (language: string | null = null) => {
  const c = await createCaseAt({ status: "REFERRED_LEGAL_AID", ownerId: officer.user.id });
  await updatePerson(c.personId, { fullName: "María Guadalupe Hernández" });
  // Stored as the intake stores a relative: sealed.
  const ring = await keyring();
  const phone = `+1323555${String(Math.floor(Math.random() * 1e4)).padStart(4, "0")}`;
  const contact = await db.caseContact.create({
    data: { caseId: c.id, eventId: randomUUID(), name: ring.seal("José Hernández"), phone: ring.seal(phone), language },
  });
  return { c, contactId: String(contact.id) };
};

const countingTransport = (fail?: (attempt: number) => Error | null) => {
  const sent: string[] = [];
  const received: { to: string; body: string }[] = [];
  const transport: SmsTransport = {
    name: "test",
    send: async ({ idempotencyKey, to, body }) => {
      await new Promise((r) => setTimeout(r, 5));
      sent.push(idempotencyKey);
      received.push({ to, body });
      const error = fail?.(sent.filter((k) => k === idempotencyKey).length);
      if (error) throw error;
      return { providerMessageId: `p-${idempotencyKey}` };
    },
  };
  return { transport, sent, received };
};

describe("[LEGAL] family updates", () => {
  it("drafts from the record in the contact's language, and only someone else may approve", async () => {
    const { c, contactId } = await caseWithContact("en");
    const adelanto = await db.detentionFacility.findUniqueOrThrow({ where: { code: "ADELANTO" } });
    expect(await outcomeOf(draftFamilyMessage({ scope: legal.scope, caseId: c.id, draft: { contactId, template: "located_at_facility" } }))).toBe(
      "invalid_body:template_data",
    );
    await updateLegalRecord({ scope: legal.scope, caseId: c.id, patch: { version: 0, facilityId: adelanto.id } });
    const draft = await draftFamilyMessage({ scope: legal.scope, caseId: c.id, draft: { contactId, template: "located_at_facility" } });
    expect(draft).toMatchObject({
      status: "DRAFT",
      locale: "en",
      body: `Consulate of Mexico: María is held at Adelanto ICE Processing Center, Adelanto, CA. We will keep you informed. Case ${c.number}.`,
    });

    expect(await outcomeOf(approveFamilyMessage({ scope: legal.scope, messageId: draft.id }))).toBe("forbidden:self_approval");
    expect(await outcomeOf(approveFamilyMessage({ scope: officer.scope, messageId: draft.id }))).toBe("ok");
    expect(await outcomeOf(approveFamilyMessage({ scope: officer.scope, messageId: draft.id }))).toBe("conflict:not_draft");

    const hearing = await scheduleHearing({
      scope: legal.scope,
      caseId: c.id,
      hearing: { court: "Adelanto Immigration Court", scheduledAt: new Date("2026-12-03T17:30:00Z"), type: "MASTER_CALENDAR" },
    });
    const es = await caseWithContact(null);
    await scheduleHearing({ scope: legal.scope, caseId: es.c.id, hearing: { court: "Otay Mesa Immigration Court", scheduledAt: new Date("2026-12-03T17:30:00Z"), type: "BOND" } });
    const hearingMessage = await draftFamilyMessage({ scope: legal.scope, caseId: c.id, draft: { contactId, template: "hearing_scheduled", hearingId: hearing.id } });
    expect(hearingMessage.body).toContain("has a hearing on Thursday, December 3, 2026");
    expect(hearingMessage.body).toContain("09:30");
    expect(await outcomeOf(discardFamilyMessage({ scope: officer.scope, messageId: hearingMessage.id }))).toBe("ok");
    const timeline = await db.caseTimelineEntry.findMany({ where: { caseId: c.id, kind: "FAMILY_MESSAGE" }, orderBy: { id: "asc" } });
    expect(timeline.map((t) => (t.data as { status: string }).status)).toEqual(["DRAFT", "APPROVED", "DRAFT", "DISCARDED"]);
  });

  it("sends each approved message exactly once with two senders racing, and records delivery on the timeline", async () => {
    const ids: string[] = [];
    const cases: string[] = [];
    for (let i = 0; i < 8; i++) {
      const { c, contactId } = await caseWithContact();
      const draft = await draftFamilyMessage({ scope: legal.scope, caseId: c.id, draft: { contactId, template: "released" } });
      await approveFamilyMessage({ scope: officer.scope, messageId: draft.id });
      ids.push(draft.id);
      cases.push(c.id);
    }
    const { transport, sent, received } = countingTransport();
    const loop = async () => {
      while ((await sendOutboxBatch({ transport, limit: 3 })).claimed > 0);
    };
    await Promise.all([loop(), loop()]);

    // Each message once (the first test's approved message may ride along: it is due too).
    expect(new Set(sent).size).toBe(sent.length);
    expect(sent.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    // Stored sealed, handed to the provider in clear.
    expect(received.filter((r) => r.body.startsWith("Consulado de México: María")).length).toBeGreaterThanOrEqual(ids.length);
    expect(received.every((r) => /^\+1323555\d{4}$/.test(r.to))).toBe(true);
    const rows = await db.familyMessage.findMany({ where: { id: { in: ids } } });
    expect(rows.every((m) => m.status === "SENT" && m.sentAt && m.attempts === 1 && m.providerMessageId === `p-${m.id}`)).toBe(true);
    const delivered = await db.caseTimelineEntry.findMany({ where: { caseId: { in: cases }, kind: "FAMILY_MESSAGE" } });
    expect(delivered.filter((t) => (t.data as { status: string }).status === "SENT")).toHaveLength(ids.length);

    // Sent messages are a record: nothing sends them again, and the database refuses to rewrite them.
    const before = sent.length;
    await loop();
    expect(sent).toHaveLength(before);
    await expect(db.familyMessage.update({ where: { id: ids[0] }, data: { body: "otro texto" } })).rejects.toThrow(/was sent/);
  });

  it("retries a failed send with a backoff, and gives up on a final error", async () => {
    const { c, contactId } = await caseWithContact();
    const draft = await draftFamilyMessage({ scope: legal.scope, caseId: c.id, draft: { contactId, template: "released" } });
    await approveFamilyMessage({ scope: officer.scope, messageId: draft.id });
    const flaky = countingTransport((attempt) => (attempt === 1 ? new Error("timeout") : null));
    await sendOutboxBatch({ transport: flaky.transport });
    let row = await db.familyMessage.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: "APPROVED", attempts: 1 });
    expect((await keyring()).open(row.lastError)).toBe("timeout");
    expect(row.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now());
    await db.familyMessage.update({ where: { id: draft.id }, data: { nextAttemptAt: new Date(0) } });
    await sendOutboxBatch({ transport: flaky.transport });
    row = await db.familyMessage.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 2 });
    expect(flaky.sent).toEqual([draft.id, draft.id]);

    const other = await caseWithContact();
    const bad = await draftFamilyMessage({ scope: legal.scope, caseId: other.c.id, draft: { contactId: other.contactId, template: "released" } });
    await approveFamilyMessage({ scope: officer.scope, messageId: bad.id });
    await sendOutboxBatch({ transport: countingTransport(() => new SmsSendError("provider answered 400", false)).transport });
    expect(await db.familyMessage.findUniqueOrThrow({ where: { id: bad.id } })).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(MAX_ATTEMPTS).toBeGreaterThan(1);
  });
});
