// Data that integration tests create for themselves: each test makes its own
// relay key and people, so tests never depend on one another's rows.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/server/db";
import { seedNetwork } from "@/prisma/seed/network";
import { seedFacilities } from "@/prisma/seed/facilities";
import { createRelayKey } from "@/lib/relay-keys/mutations";
import { signBody } from "@/lib/server/http/relay-signature";
import type { CaseStatus, Role } from "@/lib/generated/prisma/enums";
import { mintScope } from "@/lib/server/auth/scope";
import { isAppError } from "@/lib/server/errors";
import { getScopeUser } from "@/lib/server/auth/users";
import { keyring } from "@/lib/privacy/keys-data";
import { openPerson, sealPerson, type OpenPerson } from "@/lib/privacy/person";
import { sealLocation } from "@/lib/privacy/intake-seal";

let network: Promise<unknown> | undefined;

/** The consulate network and the detention facilities, seeded once per test process (the seeds are idempotent). */
export const ensureNetwork = () => (network ??= seedNetwork(db).then(() => seedFacilities(db)));

export const createTestRelayKey = async () => {
  const secret = randomBytes(24).toString("base64url");
  const { id } = await createRelayKey({ id: `test-${randomBytes(6).toString("hex")}`, name: "test relay", secret });
  return { id, secret };
};

type SignedRequestOptions = {
  key: { id: string; secret: string };
  body: unknown;
  raw?: string;
  timestamp?: number;
  contentType?: string;
  url?: string;
};

/** A relay request as the contract describes it, signed over the exact bytes sent. */
export const signedRequest = ({ key, body, raw, timestamp, contentType = "application/json", url }: SignedRequestOptions) => {
  const text = raw ?? JSON.stringify(body);
  return new Request(url ?? "http://localhost/api/v1/alerts", {
    method: "POST",
    headers: {
      "content-type": contentType,
      "x-alert-key": key.id,
      "x-alert-signature": signBody({ secret: key.secret, body: text, timestamp }),
    },
    body: text,
  });
};

const COUNTED_TABLES = [
  "people",
  "alerts",
  "alert_events",
  "cases",
  "case_locations",
  "case_contacts",
  "case_timeline",
  "case_counters",
  "audit_log",
] as const;

/** Row counts of every table an intake could write, to prove a rejected request stored nothing. */
export const countRows = async () => {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}"`);
    counts[table] = Number(row.n);
  }
  return counts;
};

/** A staff member of their own, as the auth gate would see them. */
export const createStaff = async (role: Role, where: { consulate?: string; region?: string } = {}) => {
  const consulate = where.consulate ? await db.consulate.findUniqueOrThrow({ where: { code: where.consulate } }) : null;
  const region = where.region ? await db.region.findUniqueOrThrow({ where: { code: where.region } }) : null;
  const user = await db.user.create({
    data: {
      email: `${randomBytes(6).toString("hex")}@test.amparo`,
      name: `${role.toLowerCase()} ${randomBytes(2).toString("hex")}`,
      passwordHash: "unused",
      role,
      consulateId: consulate?.id,
      regionId: region?.id,
    },
  });
  return { user, scope: mintScope((await getScopeUser(user.id))!) };
};

let caseSequence: Promise<unknown> | undefined;

type CaseAt = {
  consulate?: string;
  status?: CaseStatus;
  ownerId?: string | null;
  duress?: boolean;
  rescinded?: boolean;
  alertAt?: Date;
  acknowledgedAt?: Date;
  location?: { lat: number; lng: number };
};

/** A case put straight into a given state, as if the lifecycle had brought it there. */
export const createCaseAt = async ({
  consulate = "LAX",
  status = "NEW",
  ownerId = null,
  duress = false,
  rescinded = false,
  alertAt = new Date(),
  acknowledgedAt,
  location,
}: CaseAt = {}) => {
  const { id: consulateId } = await db.consulate.findUniqueOrThrow({ where: { code: consulate }, select: { id: true } });
  // Sealed as every path stores a person (lib/privacy).
  const ring = await keyring();
  const { aNumberBidx: _none, ...sealed } = sealPerson(ring, {
    fullName: "Persona de Prueba",
    birthDate: null,
    phone: null,
    curp: null,
    consularIdNumber: null,
    aNumber: null,
  });
  const person = await db.person.create({ data: { appUserId: `u_${randomBytes(8).toString("hex")}`, ...sealed } });
  // Year 1999 never collides with the intake's numbers; the sequence is the test database's own.
  // Once per process: two concurrent CREATE SEQUENCE IF NOT EXISTS can still collide.
  await (caseSequence ??= db.$executeRawUnsafe("CREATE SEQUENCE IF NOT EXISTS test_case_numbers"));
  const [{ n }] = await db.$queryRawUnsafe<{ n: bigint }[]>("SELECT nextval('test_case_numbers') AS n");
  const sequence = Number(n);
  const now = new Date();
  return db.case.create({
    data: {
      number: `${consulate}-1999-${String(sequence).padStart(6, "0")}`,
      consulateId,
      personId: person.id,
      status,
      ownerId,
      duress,
      rescinded,
      outcome: status === "CLOSED" ? "RELEASED" : null,
      alertAt,
      acknowledgedAt,
      lastEventAt: now,
      lastLocation: location ? sealLocation(ring, location) : null,
    },
  });
};

/** "ok" when the promise resolves; for an AppError, "code:message"; anything else is thrown on. */
export const outcomeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (!isAppError(error)) throw error;
    return `${error.code}:${error.message}`;
  }
};

/** Changes a person's fields as the app would store them: sealed, with their blind-index tokens again. */
export const updatePerson = async (personId: string, changes: Partial<OpenPerson>) => {
  const ring = await keyring();
  const stored = await db.person.findUniqueOrThrow({ where: { id: personId } });
  const { aNumberBidx, ...sealed } = sealPerson(ring, { ...openPerson(ring, stored), ...changes });
  await db.person.update({ where: { id: personId }, data: { ...sealed, aNumberBidx } });
};
