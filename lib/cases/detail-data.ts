import "server-only";
import { db } from "@/lib/server/db";
import { isUuid } from "@/lib/server/ids";
import { keyring } from "@/lib/privacy/keys-data";
import type { Keyring } from "@/lib/privacy/keyring";
import { openPerson } from "@/lib/privacy/person";
import { openTimelineData } from "@/lib/privacy/timeline";
import type { StaffScope } from "@/lib/server/auth/scope";
import { allowedActions } from "./lifecycle";
import { caseByIdWhereForScope } from "./policy";
import { caseSummarySelect, toCaseSummary } from "./summary";
import { openPoint } from "./summary-open";
import { withCountyName } from "./timeline-counties";
import { withPlace } from "./with-place";

type StoredLocation = { point: string | null; capturedAt: Date; receivedAt: Date };

/** The trail opened; a row whose point retention removed is left out. */
const openLocations = (ring: Keyring, rows: StoredLocation[]) =>
  rows.flatMap(({ point, capturedAt, receivedAt }) => {
    const opened = openPoint(ring, point);
    return opened ? [{ ...opened, capturedAt: capturedAt.toISOString(), receivedAt: receivedAt.toISOString() }] : [];
  });

/**
 * One case with its person, contacts, locations and timeline, or null when it
 * does not exist or this scope may not see it (the two are indistinguishable
 * on purpose). Not audited here: callers read it through detail-read.ts.
 */
export const getCase = async (scope: StaffScope, caseId: string) => {
  if (!isUuid(caseId)) return null;
  const row = await db.case.findFirst({
    where: { AND: [{ id: caseId }, caseByIdWhereForScope(scope)] },
    select: {
      ...caseSummarySelect,
      message: true,
      rescindReason: true,
      lastLocationAt: true,
      createdAt: true,
      consulate: { select: { ...caseSummarySelect.consulate.select, name: true } },
      person: {
        select: {
          fullName: true,
          birthDate: true,
          phone: true,
          curp: true,
          consularIdNumber: true,
          preferredLanguage: true,
          registeredConsulate: true,
        },
      },
      contacts: {
        select: { id: true, name: true, phone: true, relationship: true, notified: true, createdAt: true },
        orderBy: { id: "asc" },
      },
      locations: {
        select: { point: true, capturedAt: true, receivedAt: true, eventId: true },
        orderBy: { capturedAt: "desc" },
        take: 50,
      },
      notes: {
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
        orderBy: { id: "desc" },
      },
      contactAttempts: {
        select: {
          id: true,
          contactName: true,
          phone: true,
          result: true,
          notes: true,
          createdAt: true,
          author: { select: { name: true } },
        },
        orderBy: { id: "desc" },
      },
      timeline: {
        select: { id: true, kind: true, eventId: true, data: true, createdAt: true, actor: { select: { name: true } } },
        orderBy: { id: "desc" },
      },
    },
  });
  if (!row) return null;
  // Another consulate's case, seen through an open offer to this one: read, and taken from the offer, nothing else.
  const offer =
    row.consulateId === scope.consulateId || !scope.consulateId
      ? null
      : await db.caseOffer.findFirst({ where: { caseId: row.id, toConsulateId: scope.consulateId, status: "OPEN" }, select: { id: true } });
  const ring = await keyring();
  // A position has two times: when the phone took it and when the desk received it (the timeline's).
  const capturedByEvent = new Map(row.locations.map((l) => [l.eventId, l.capturedAt.toISOString()]));
  const { preferredLanguage, registeredConsulate, ...sealedPerson } = row.person;
  const { aNumber: _aNumber, ...person } = openPerson(ring, sealedPerson);
  return {
    summary: withPlace(toCaseSummary(ring, row)),
    consulateName: row.consulate.name,
    timeZone: row.consulate.timeZone,
    message: ring.open(row.message),
    rescindReason: row.rescindReason,
    lastLocationAt: row.lastLocationAt?.toISOString() ?? null,
    /** fullName null: retention removed the person's data. */
    person: { ...person, preferredLanguage, registeredConsulate },
    contacts: row.contacts.map((c) => ({ ...c, id: String(c.id), name: ring.open(c.name), phone: ring.open(c.phone), createdAt: c.createdAt.toISOString() })),
    locations: openLocations(ring, row.locations),
    notes: row.notes.map((n) => ({ id: String(n.id), body: ring.open(n.body), authorName: n.author.name, createdAt: n.createdAt.toISOString() })),
    contactAttempts: row.contactAttempts.map(({ author, ...a }) => ({
      ...a,
      id: String(a.id),
      contactName: ring.open(a.contactName),
      phone: ring.open(a.phone),
      notes: ring.open(a.notes),
      authorName: author.name,
      createdAt: a.createdAt.toISOString(),
    })),
    allowedActions: offer
      ? []
      : allowedActions(
          { userId: scope.userId, role: scope.role },
          { status: row.status, ownerId: row.ownerId, duress: row.duress, rescinded: row.rescinded },
        ),
    /** The open offer through which this consulate sees the case (lib/escalation); null for its own cases. */
    offerId: offer?.id ?? null,
    timeline: row.timeline.map((t) => ({
      id: String(t.id),
      kind: t.kind,
      data: withCountyName(openTimelineData(ring, t.data)) as Record<string, unknown>,
      actorName: t.actor?.name ?? null,
      createdAt: t.createdAt.toISOString(),
      capturedAt: (t.eventId && capturedByEvent.get(t.eventId)) || null,
    })),
  };
};

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCase>>>;
