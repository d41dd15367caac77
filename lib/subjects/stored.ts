// The one place the subject view touches personal columns: what it selects
// of them, and how each stored (sealed) value is opened. Everything else in
// lib/subjects works on the clear shapes below. A change to how a column is
// stored (sealed, renamed, moved) is adapted here.
import "server-only";
import { findCounty } from "@/lib/geo/jurisdiction";
import type { Keyring } from "@/lib/privacy/keyring";
import { openPerson, type OpenPerson } from "@/lib/privacy/person";
import { openTimelineData, PERSONAL_TIMELINE_KEYS } from "@/lib/privacy/timeline";
import type { TimelineKind } from "@/lib/generated/prisma/enums";

export const storedPersonSelect = {
  fullName: true,
  birthDate: true,
  phone: true,
  curp: true,
  consularIdNumber: true,
  aNumber: true,
} as const;

export type StoredPersonRow = { [K in keyof typeof storedPersonSelect]: string | null };

export const openStoredPerson = (ring: Keyring, row: StoredPersonRow): OpenPerson => openPerson(ring, row);

/** A sealed point as a coarse place: its county ("Los Angeles, CA"), never the coordinates. */
const coarsePlace = (ring: Keyring, sealedPoint: string | null): string | null => {
  const point = ring.openJson<{ lat: number; lng: number }>(sealedPoint);
  if (!point) return null;
  const county = findCounty(point.lat, point.lng);
  return county ? `${county.name}, ${county.state}` : null;
};

/** The personal columns of a case and of what hangs off it, as the record read selects them. */
export const storedCaseSelect = {
  message: true,
  rescindReason: true,
  lastLocation: true,
  contacts: { select: { name: true, phone: true, relationship: true, notified: true, createdAt: true }, orderBy: { id: "asc" } },
  notes: { select: { body: true, createdAt: true, author: { select: { name: true } } }, orderBy: { id: "asc" } },
  contactAttempts: {
    select: { contactName: true, phone: true, result: true, notes: true, createdAt: true, author: { select: { name: true } } },
    orderBy: { id: "asc" },
  },
  familyMessages: {
    select: { template: true, locale: true, body: true, phone: true, status: true, createdAt: true, sentAt: true },
    orderBy: { createdAt: "asc" },
  },
  locations: { select: { point: true, capturedAt: true }, orderBy: { capturedAt: "asc" } },
  timeline: {
    select: { kind: true, data: true, createdAt: true, actor: { select: { name: true } } },
    orderBy: { id: "asc" },
  },
  legalRecord: {
    select: {
      referredAt: true,
      detainedOn: true,
      custodyStatus: true,
      bondAmountCents: true,
      bondStatus: true,
      lawyerName: true,
      lawyerPhone: true,
      partnerOrg: true,
      facilityOther: true,
      documents: true,
      facility: { select: { name: true } },
      assignee: { select: { name: true } },
    },
  },
} as const;

type Dated = { createdAt: Date };
type StoredCaseRow = {
  message: string | null;
  rescindReason: string | null;
  lastLocation: string | null;
  contacts: ({ name: string; phone: string | null; relationship: string | null; notified: boolean } & Dated)[];
  notes: ({ body: string; author: { name: string } } & Dated)[];
  contactAttempts: ({ contactName: string; phone: string | null; result: string; notes: string | null; author: { name: string } } & Dated)[];
  familyMessages: ({ template: string; locale: string; body: string; phone: string; status: string; sentAt: Date | null } & Dated)[];
  locations: { point: string | null; capturedAt: Date }[];
  timeline: ({ kind: TimelineKind; data: unknown; actor: { name: string } | null } & Dated)[];
  legalRecord: {
    referredAt: Date | null;
    detainedOn: Date | null;
    custodyStatus: string | null;
    bondAmountCents: number | null;
    bondStatus: string | null;
    lawyerName: string | null;
    lawyerPhone: string | null;
    partnerOrg: string | null;
    facilityOther: string | null;
    documents: unknown;
    facility: { name: string } | null;
    assignee: { name: string } | null;
  } | null;
};

const POSITION_KEYS = new Set(PERSONAL_TIMELINE_KEYS.LOCATION_UPDATED);

/** A timeline entry's data opened; a position becomes its county, as the trail shows it. */
const openEntryData = (ring: Keyring, kind: TimelineKind, data: unknown) => {
  const opened = openTimelineData(ring, data);
  if (kind !== "LOCATION_UPDATED") return opened;
  const { lat, lng } = opened as { lat?: number; lng?: number };
  const rest = Object.fromEntries(Object.entries(opened).filter(([key]) => !POSITION_KEYS.has(key)));
  const county = typeof lat === "number" && typeof lng === "number" ? findCounty(lat, lng) : null;
  return { ...rest, place: county ? `${county.name}, ${county.state}` : null };
};

/** A case's personal parts in clear, exact positions turned into counties. */
export const openStoredCase = (ring: Keyring, row: StoredCaseRow) => ({
  message: ring.open(row.message),
  rescindReason: row.rescindReason,
  lastPlace: coarsePlace(ring, row.lastLocation),
  relatives: row.contacts.map((c) => ({
    name: ring.open(c.name),
    phone: ring.open(c.phone),
    relationship: c.relationship,
    notified: c.notified,
    at: c.createdAt,
  })),
  notes: row.notes.map((n) => ({ at: n.createdAt, author: n.author.name, body: ring.open(n.body) })),
  contactAttempts: row.contactAttempts.map((a) => ({
    at: a.createdAt,
    author: a.author.name,
    contactName: ring.open(a.contactName),
    phone: ring.open(a.phone),
    result: a.result,
    notes: ring.open(a.notes),
  })),
  familyMessages: row.familyMessages.map((m) => ({
    at: m.createdAt,
    template: m.template,
    locale: m.locale,
    body: ring.open(m.body),
    phone: ring.open(m.phone),
    status: m.status,
    sentAt: m.sentAt,
  })),
  trail: row.locations.map((l) => ({ at: l.capturedAt, place: coarsePlace(ring, l.point) })),
  timeline: row.timeline.map((e) => ({ at: e.createdAt, kind: e.kind, actor: e.actor?.name ?? null, data: openEntryData(ring, e.kind, e.data) })),
  legalRecord: row.legalRecord && {
    referredAt: row.legalRecord.referredAt,
    detainedOn: row.legalRecord.detainedOn ? row.legalRecord.detainedOn.toISOString().slice(0, 10) : null,
    custodyStatus: row.legalRecord.custodyStatus,
    bondAmountCents: row.legalRecord.bondAmountCents,
    bondStatus: row.legalRecord.bondStatus,
    facility: row.legalRecord.facility?.name ?? row.legalRecord.facilityOther,
    lawyerName: row.legalRecord.lawyerName,
    lawyerPhone: row.legalRecord.lawyerPhone,
    partnerOrg: row.legalRecord.partnerOrg,
    assignee: row.legalRecord.assignee?.name ?? null,
    documents: row.legalRecord.documents,
  },
});

type StoredCorrection = { field: string; before: string | null; after: string | null; reason: string };

export const openStoredCorrection = (ring: Keyring, row: StoredCorrection) => ({
  field: row.field,
  before: ring.open(row.before),
  after: ring.open(row.after),
  reason: ring.open(row.reason),
});
