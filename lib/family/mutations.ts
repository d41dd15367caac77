// Drafting, approving and discarding family updates. A draft is rendered at
// once from its template and the case record, so the approver reads exactly
// what the family will receive; approval hands it to the outbox.
import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/server/db";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isSerialId, isUuid } from "@/lib/server/ids";
import type { StaffScope } from "@/lib/server/auth/scope";
import { addTimeline } from "@/lib/cases/timeline";
import { writeCase } from "@/lib/cases/write";
import { onLegalCase, type LegalCase } from "@/lib/legal-aid/legal-case";
import { approvalRefusal } from "@/lib/legal-aid/policy";
import { keyring } from "@/lib/privacy/keys-data";
import type { Keyring } from "@/lib/privacy/keyring";
import { wakeOutbox } from "./outbox-signal";
import type { draftMessageSchema } from "./schema";
import { familyLocale, firstName, formatBond, formatHearingDate, renderFamilyMessage, type FamilyLocale, type FamilyTemplate } from "./templates";

const templateData = (issues: string[]) =>
  new AppError("invalid_body", "template_data", { issues: issues.map((message) => ({ path: "template", message })) });

// The placeholders' values, read from the record: never from the request (also for
// the family update an incident's bulk action sends to all its cases).
export const familyParamsFor = async (
  tx: Tx,
  { row, template, hearingId, locale }: { row: LegalCase; template: FamilyTemplate; hearingId?: string; locale: FamilyLocale },
): Promise<Record<string, unknown>> => {
  const person = await tx.person.findUniqueOrThrow({ where: { id: row.personId }, select: { fullName: true } });
  const fullName = (await keyring()).open(person.fullName);
  if (!fullName) throw templateData(["the person's data was removed (retention)"]);
  const base = { person: firstName(fullName), caseNumber: row.number };
  switch (template) {
    case "located_at_facility": {
      const record = await tx.legalRecord.findUnique({ where: { caseId: row.id }, select: { facility: { select: { name: true, city: true, state: true } } } });
      if (!record?.facility) throw templateData(["the legal record names no seeded facility"]);
      return { ...base, facility: record.facility.name, city: record.facility.city, state: record.facility.state };
    }
    case "hearing_scheduled": {
      const hearing = hearingId
        ? await tx.hearing.findFirst({ where: { id: hearingId, caseId: row.id, cancelledAt: null }, select: { court: true, scheduledAt: true } })
        : null;
      if (!hearing) throw templateData(["hearingId must name a scheduled hearing of this case"]);
      return { ...base, court: hearing.court, date: formatHearingDate(hearing.scheduledAt, { locale, timeZone: row.consulate.timeZone }) };
    }
    case "bond_set": {
      const record = await tx.legalRecord.findUnique({ where: { caseId: row.id }, select: { bondAmountCents: true, bondStatus: true } });
      if (record?.bondAmountCents == null || record.bondStatus !== "SET") throw templateData(["no bond amount set"]);
      return { ...base, amount: formatBond(record.bondAmountCents, locale) };
    }
    case "released":
      return base;
    case "transferred":
      return { ...base, consulate: row.consulate.name };
  }
};

/**
 * A rendered message as family_messages stores it: body and placeholder values
 * sealed (the phone is copied sealed from the contact). The outbox opens them to send.
 */
export const sealRendered = (ring: Keyring, rendered: { body: string; params: Record<string, string> }) => ({
  params: { sealed: ring.sealJson(rendered.params) },
  body: ring.seal(rendered.body),
});

type DraftInput = z.infer<typeof draftMessageSchema>;

export const draftFamilyMessage = ({ scope, caseId, draft }: { scope: StaffScope; caseId: string; draft: DraftInput }) =>
  writeCase(onLegalCase({ scope, caseId }), async ({ tx, row }) => {
    const contact = await tx.caseContact.findFirst({
      where: { id: BigInt(draft.contactId), caseId },
      select: { id: true, name: true, phone: true, language: true, case: { select: { person: { select: { preferredLanguage: true } } } } },
    });
    if (!contact) throw new AppError("not_found", "not_found");
    const ring = await keyring();
    if (!contact.phone) throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "contactId", message: "contact has no phone" }] });
    const locale = familyLocale(contact.language ?? contact.case.person.preferredLanguage);
    const params = await familyParamsFor(tx, { row, template: draft.template, hearingId: draft.hearingId, locale });
    const rendered = renderFamilyMessage({ template: draft.template, locale, params });
    if (!rendered.ok) throw templateData(rendered.issues);
    const message = await tx.familyMessage.create({
      data: {
        caseId,
        contactId: contact.id,
        template: draft.template,
        locale,
        ...sealRendered(ring, rendered),
        phone: contact.phone,
        createdById: scope.userId,
      },
      select: { id: true, locale: true, status: true },
    });
    await addTimeline(tx, {
      caseId,
      kind: "FAMILY_MESSAGE",
      actorUserId: scope.userId,
      data: { messageId: message.id, template: draft.template, contactName: ring.open(contact.name), locale, status: "DRAFT" },
    });
    return { ...message, body: rendered.body };
  });

const loadMessageCase = async (messageId: string) => {
  if (!isUuid(messageId)) throw new AppError("not_found", "not_found");
  const message = await db.familyMessage.findUnique({ where: { id: messageId }, select: { caseId: true } });
  if (!message) throw new AppError("not_found", "not_found");
  return message.caseId;
};

const decideDraft = async ({ scope, messageId, approve }: { scope: StaffScope; messageId: string; approve: boolean }) => {
  const caseId = await loadMessageCase(messageId);
  // writeCase checks that the case is visible (else 404) and writable.
  return writeCase(onLegalCase({ scope, caseId }), async ({ tx, afterCommit }) => {
    const message = await tx.familyMessage.findUniqueOrThrow({
      where: { id: messageId },
      select: { status: true, createdById: true, template: true, contact: { select: { name: true } } },
    });
    if (message.status !== "DRAFT") {
      throw new AppError("conflict", "not_draft", { details: { reason: "not_draft", status: message.status } });
    }
    const refusal = approve ? approvalRefusal(scope, message.createdById) : null;
    if (refusal) throw new AppError("forbidden", refusal, { details: { reason: refusal } });
    const now = new Date();
    const { count } = await tx.familyMessage.updateMany({
      where: { id: messageId, status: "DRAFT" },
      data: approve
        ? { status: "APPROVED", approvedById: scope.userId, approvedAt: now, nextAttemptAt: now }
        : { status: "DISCARDED" },
    });
    if (count === 0) throw new AppError("conflict", "not_draft", { details: { reason: "not_draft" } });
    const status = approve ? "APPROVED" : "DISCARDED";
    await addTimeline(tx, {
      caseId,
      kind: "FAMILY_MESSAGE",
      actorUserId: scope.userId,
      data: { messageId, template: message.template, contactName: (await keyring()).open(message.contact.name), status },
    });
    if (approve) afterCommit(wakeOutbox);
    return { id: messageId, status };
  });
};

/** Approves a draft for sending: by a staff member other than its author. */
export const approveFamilyMessage = (options: { scope: StaffScope; messageId: string }) => decideDraft({ ...options, approve: true });

export const discardFamilyMessage = (options: { scope: StaffScope; messageId: string }) => decideDraft({ ...options, approve: false });

export const setContactLanguage = ({ scope, caseId, contactId, language }: { scope: StaffScope; caseId: string; contactId: string; language: FamilyLocale }) =>
  writeCase(onLegalCase({ scope, caseId }), async ({ tx }) => {
    if (!isSerialId(contactId)) throw new AppError("not_found", "not_found");
    const { count } = await tx.caseContact.updateMany({ where: { id: BigInt(contactId), caseId }, data: { language } });
    if (count === 0) throw new AppError("not_found", "not_found");
    return { id: contactId, language };
  });
