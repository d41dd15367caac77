// The subject view through its routes (the session replaced by a scope the
// test chooses), against the real PostgreSQL: who finds whom and sees which
// cases, what the export holds (everything of the person, nothing of anyone
// else, no exact point), and corrections: history sealed, search updated,
// bad input and stale versions refused with nothing written.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as postAlert } from "@/app/api/v1/alerts/route";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { addNote, logContactAttempt } from "@/lib/cases/mutations";
import { draftFamilyMessage } from "@/lib/family/mutations";
import { scheduleHearing } from "@/lib/legal-aid/hearings";
import { updateLegalRecord } from "@/lib/legal-aid/record";
import { createTask } from "@/lib/legal-aid/tasks";
import { captureRealtime } from "@/lib/server/testing/fake-io";
import { keyring } from "@/lib/privacy/keys-data";
import type { StaffScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { createStaff, createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));

const { GET: search } = await import("@/app/api/v1/subjects/route");
const { GET: view } = await import("@/app/api/v1/subjects/[id]/route");
const { GET: exportRecord } = await import("@/app/api/v1/subjects/[id]/export/route");
const { POST: correct } = await import("@/app/api/v1/subjects/[id]/corrections/route");

type Staff = Awaited<ReturnType<typeof createStaff>>;
let staff: Record<"supervisorLAX" | "supervisorHOU" | "admin" | "officerLAX" | "legalLAX", Staff>;
let key: Awaited<ReturnType<typeof createTestRelayKey>>;

const HOUSTON = { lat: 29.7604, lng: -95.3698 };
const PURPOSE = "purpose=records_request&purposeText=Solicitud%20de%20registros%20n%C3%BAm.%2042";

const hex = (n = 4) => randomBytes(n).toString("hex");
const letters = (n: number) => Array.from(randomBytes(n), (b) => String.fromCharCode(65 + (b % 26))).join("");
const digits = (n: number) => Array.from(randomBytes(n), (b) => String(b % 10)).join("");

/** A person no other test has: unique name words, phone and CURP. */
const newPerson = () => {
  const word = `Zq${hex(3)}`;
  return {
    appUserId: `u_${hex(8)}`,
    fullName: `Rosa ${word} Ortiz`,
    word,
    birthDate: "1988-03-14",
    phone: `+1213${digits(7)}`,
    curp: `${letters(4)}880314M${letters(5)}A${digits(1)}`,
    consularIdNumber: `LA-${digits(7)}`,
    preferredLanguage: "es" as const,
    registeredConsulate: "LAX",
  };
};
type Person = ReturnType<typeof newPerson>;

const press = async (person: Person, extra: Parameters<typeof panicEvent>[0] = {}) => {
  const { word: _word, ...fields } = person;
  const res = await postAlert(signedRequest({ key, body: panicEvent({ person: fields, ...extra }) }));
  expect(res.status).toBe(202);
  return (await res.json()) as { caseId: string; alertId: string };
};

const context = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const get = (path: string) => new Request(`http://localhost${path}`, { headers: { "x-amparo-client-address": "203.0.113.7" } });
const post = (body: unknown) =>
  new Request("http://localhost/api", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const as = (who: Staff | null) => {
  session.scope = who?.scope ?? null;
};

const searchFor = async (q: string) => {
  const res = await search(get(`/api/v1/subjects?q=${encodeURIComponent(q)}`), context());
  return { status: res.status, body: res.status === 200 ? ((await res.json()) as { subjects: { id: string; caseCount: number; consulates: string[]; fullName: string }[] }) : null };
};
const viewOf = (personId: string, query = PURPOSE) => view(get(`/api/v1/subjects/${personId}?${query}`), context({ id: personId }));
const versionOf = async (personId: string) => (await db.person.findUniqueOrThrow({ where: { id: personId }, select: { updatedAt: true } })).updatedAt.toISOString();

let a: Person & { id: string; laxCase: string; houCase: string };
let b: Person & { id: string };
/** Only at LAX: HOU's supervisor must not find them. */
let c: Person & { id: string };
let familyBody: string;
const seeded = { note: `Nota ${hex()}`, attempt: `Intento ${hex()}`, lawyer: `Lic. ${hex()}`, relative: `Pariente ${hex()}`, court: `Corte ${hex()}`, task: `Tarea ${hex()}` };

beforeAll(async () => {
  await ensureNetwork();
  key = await createTestRelayKey();
  staff = {
    supervisorLAX: await createStaff("SUPERVISOR", { region: (await db.consulate.findUniqueOrThrow({ where: { code: "LAX" }, select: { region: { select: { code: true } } } })).region.code }),
    supervisorHOU: await createStaff("SUPERVISOR", { region: (await db.consulate.findUniqueOrThrow({ where: { code: "HOU" }, select: { region: { select: { code: true } } } })).region.code }),
    admin: await createStaff("ADMIN"),
    officerLAX: await createStaff("OFFICER", { consulate: "LAX" }),
    legalLAX: await createStaff("LEGAL_AID", { consulate: "LAX" }),
  };

  // A: a LAX case (relative, message, two positions, a note, a call, a family message, legal work), then, once it closed, a HOU case.
  const pa = newPerson();
  const first = await press(pa, { contacts: [{ name: seeded.relative, phone: "+13235550111", relationship: "sister", notified: true }] });
  const later = new Date(Date.now() + 1000).toISOString();
  const loc = await postAlert(
    signedRequest({ key, body: { eventId: randomUUID(), type: "location", alertId: first.alertId, occurredAt: later, location: { lat: 34.06, lng: -118.25, accuracyM: 12, capturedAt: later } } }),
  );
  expect(loc.status).toBeLessThan(300);
  await db.case.update({ where: { id: first.caseId }, data: { status: "REFERRED_LEGAL_AID", ownerId: staff.officerLAX.user.id } });
  // Each through its own path, as staff write them (sealed there).
  const officer = staff.officerLAX.scope;
  await addNote({ scope: officer, caseId: first.caseId, body: seeded.note });
  await logContactAttempt({ scope: officer, caseId: first.caseId, attempt: { contactName: seeded.relative, phone: "+13235550111", result: "REACHED_RELATIVE", notes: seeded.attempt } });
  await updateLegalRecord({ scope: staff.legalLAX.scope, caseId: first.caseId, patch: { version: 0, lawyerName: seeded.lawyer, custodyStatus: "DETAINED", detainedOn: "2026-11-30" } });
  const contact = await db.caseContact.findFirstOrThrow({ where: { caseId: first.caseId }, select: { id: true } });
  const draft = await draftFamilyMessage({ scope: staff.legalLAX.scope, caseId: first.caseId, draft: { contactId: String(contact.id), template: "released" } });
  familyBody = (await keyring()).open((await db.familyMessage.findUniqueOrThrow({ where: { id: draft.id }, select: { body: true } })).body);
  await scheduleHearing({ scope: staff.legalLAX.scope, caseId: first.caseId, hearing: { court: seeded.court, scheduledAt: new Date(Date.now() + 7 * 86_400_000), type: "MASTER_CALENDAR" } });
  await createTask({ scope: staff.legalLAX.scope, caseId: first.caseId, task: { title: seeded.task, dueAt: new Date(Date.now() + 3 * 86_400_000) } });
  await db.case.update({ where: { id: first.caseId }, data: { status: "CLOSED", outcome: "RELEASED", closedAt: new Date() } });
  const second = await press(pa, { location: { ...HOUSTON, accuracyM: 20, capturedAt: new Date().toISOString() } });
  const personA = await db.case.findUniqueOrThrow({ where: { id: first.caseId }, select: { personId: true } });
  a = { ...pa, id: personA.personId, laxCase: first.caseId, houCase: second.caseId };
  expect((await db.case.findUniqueOrThrow({ where: { id: second.caseId }, select: { consulate: { select: { code: true } } } })).consulate.code).toBe("HOU");

  const pb = newPerson();
  const caseB = await press(pb, { message: `Mensaje de B ${pb.word}` });
  b = { ...pb, id: (await db.case.findUniqueOrThrow({ where: { id: caseB.caseId }, select: { personId: true } })).personId };
  const pc = newPerson();
  const caseC = await press(pc);
  c = { ...pc, id: (await db.case.findUniqueOrThrow({ where: { id: caseC.caseId }, select: { personId: true } })).personId };
});

describe("[PRIVACY] the subject view: who finds whom", () => {
  it("finds a person by whole name words, phone and CURP, with only the cases the caller sees", async () => {
    as(staff.supervisorLAX);
    for (const q of [a.word, a.phone, a.curp.toLowerCase(), `rosa ${a.word}`]) {
      const { status, body } = await searchFor(q);
      expect(status, q).toBe(200);
      expect(body!.subjects.map((s) => s.id), q).toEqual([a.id]);
      expect(body!.subjects[0]).toMatchObject({ fullName: a.fullName, birthYear: "1988", caseCount: 1, consulates: ["LAX"] });
    }
    // Part of a word finds nothing.
    expect((await searchFor(a.word.slice(0, 4))).body!.subjects).toEqual([]);

    as(staff.admin);
    expect((await searchFor(a.word)).body!.subjects[0]).toMatchObject({ id: a.id, caseCount: 2, consulates: ["HOU", "LAX"] });

    as(staff.supervisorHOU);
    expect((await searchFor(a.word)).body!.subjects[0]).toMatchObject({ id: a.id, caseCount: 1, consulates: ["HOU"] });
    expect((await searchFor(c.word)).body!.subjects).toEqual([]);
  });

  it("refuses officers and legal aid (403), and nobody signed in (401)", async () => {
    for (const who of [staff.officerLAX, staff.legalLAX]) {
      as(who);
      expect((await searchFor(a.word)).status).toBe(403);
      expect((await viewOf(a.id)).status).toBe(403);
      expect((await exportRecord(get(`/api/v1/subjects/${a.id}/export?${PURPOSE}`), context({ id: a.id }))).status).toBe(403);
      expect((await correct(post({ version: await versionOf(a.id), reason: "Por error", changes: { phone: "+13235550000" } }), context({ id: a.id }))).status).toBe(403);
    }
    as(null);
    expect((await searchFor(a.word)).status).toBe(401);
  });

  it("shows a supervisor their region's cases of the person only, and nobody else's person (404); audited with the purpose", async () => {
    as(staff.supervisorLAX);
    const res = await viewOf(a.id);
    expect(res.status).toBe(200);
    const { record } = await res.json();
    expect(record.cases.map((k: { id: string }) => k.id)).toEqual([a.laxCase]);
    // A read, through the batched read audit: committed before the record was answered.
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "read.subject", targetId: a.id, actorUserId: staff.supervisorLAX.user.id } });
    expect(audit.targetType).toBe("person");
    expect(audit.data).toEqual({ caseIds: [a.laxCase], ip: "203.0.113.7", purpose: { reason: "records_request", note: "Solicitud de registros núm. 42" } });

    as(staff.supervisorHOU);
    expect((await viewOf(c.id)).status).toBe(404);
    expect((await viewOf(randomUUID())).status).toBe(404);
    expect(await db.auditLog.count({ where: { action: "read.subject", targetId: c.id } })).toBe(0);
  });

  it("requires a purpose: 400 naming it, and no audit row", async () => {
    as(staff.admin);
    const before = await db.auditLog.count({ where: { action: "read.subject", targetId: a.id } });
    for (const query of ["", "purpose=curiosity&purposeText=Mirar", "purpose=audit&purposeText="]) {
      const res = await viewOf(a.id, query);
      expect(res.status, query).toBe(400);
      const body = await res.json();
      expect(body.issues.map((i: { path: string }) => i.path).join(",")).toMatch(/purpose/);
    }
    expect(await db.auditLog.count({ where: { action: "read.subject", targetId: a.id } })).toBe(before);
  });
});

describe("[PRIVACY] the subject's export", () => {
  it("holds everything about the person (both cases for an administrator) and nothing of another person or an exact point", async () => {
    as(staff.admin);
    const res = await exportRecord(get(`/api/v1/subjects/${a.id}/export?${PURPOSE}`), context({ id: a.id }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="amparo-titular-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json"$/);
    const text = await res.text();
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({
      format: "amparo.subject-record",
      version: 1,
      exportedBy: { userId: staff.admin.user.id, role: "ADMIN" },
      purpose: { purpose: "records_request", purposeText: "Solicitud de registros núm. 42" },
      scope: "network",
      person: { id: a.id, fullName: a.fullName, birthDate: a.birthDate, phone: a.phone, curp: a.curp, consularIdNumber: a.consularIdNumber },
    });
    expect(new Date(doc.generatedAt).toISOString()).toBe(doc.generatedAt);
    expect(doc.cases.map((k: { id: string }) => k.id)).toEqual([a.laxCase, a.houCase]);
    const lax = doc.cases[0];
    expect(lax.message).toBe("Me detuvieron en el trabajo. Avisen al consulado.");
    expect(lax.relatives).toEqual([expect.objectContaining({ name: seeded.relative, phone: "+13235550111", relationship: "sister" })]);
    expect(lax.notes).toEqual([expect.objectContaining({ body: seeded.note })]);
    expect(lax.contactAttempts).toEqual([expect.objectContaining({ contactName: seeded.relative, notes: seeded.attempt, result: "REACHED_RELATIVE" })]);
    expect(lax.familyMessages).toEqual([expect.objectContaining({ body: familyBody, template: "released", phone: "+13235550111" })]);
    expect(familyBody.length).toBeGreaterThan(10);
    expect(lax.legalRecord).toMatchObject({ lawyerName: seeded.lawyer, custodyStatus: "DETAINED", detainedOn: "2026-11-30" });
    expect(lax.hearings).toEqual([expect.objectContaining({ court: seeded.court, type: "MASTER_CALENDAR" })]);
    expect(lax.tasks).toEqual([expect.objectContaining({ title: seeded.task })]);
    expect(lax.trail).toHaveLength(2);
    expect(lax.trail.every((p: { place: string; at: string }) => p.place === "Los Angeles, CA" && !Number.isNaN(Date.parse(p.at)))).toBe(true);
    expect(lax.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(["ALERT_RECEIVED", "LOCATION_UPDATED", "HEARING_SCHEDULED"]));
    expect(doc.cases[1]).toMatchObject({ consulate: { code: "HOU" }, lastPlace: "Harris, TX" });
    // Nothing of B, and no coordinates anywhere (the timeline's position is a county too).
    for (const value of [b.id, b.fullName, b.word, b.phone, b.curp, b.consularIdNumber]) expect(text).not.toContain(value);
    expect(text).not.toMatch(/34\.0[56]|-118\.2|29\.76|-95\.36|"lat"|"lng"/);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "read.export", targetId: a.id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({
      actorUserId: staff.admin.user.id,
      data: expect.objectContaining({ caseIds: [a.laxCase, a.houCase], from: "subject", purpose: { reason: "records_request", note: "Solicitud de registros núm. 42" } }),
    });
  });

  it("gives a supervisor's export their region's case only", async () => {
    as(staff.supervisorHOU);
    const res = await exportRecord(get(`/api/v1/subjects/${a.id}/export?${PURPOSE}`), context({ id: a.id }));
    const doc = await res.json();
    expect(doc.scope).toBe("region");
    expect(doc.cases.map((k: { id: string }) => k.id)).toEqual([a.houCase]);
    expect(JSON.stringify(doc)).not.toContain(seeded.note);
  });
});

describe("[PRIVACY] corrections", () => {
  it("corrects the phone: stored sealed, history sealed before and after, search follows, audited, on each case's timeline and pushed live", async () => {
    as(staff.supervisorLAX);
    const newPhone = `+1310${digits(7)}`;
    const reason = "La persona dio un número equivocado";
    const realtime = captureRealtime();
    const res = await correct(post({ version: await versionOf(a.id), reason, changes: { phone: newPhone } }), context({ id: a.id })).finally(realtime.release);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ fields: ["phone"] });

    // Both of the person's cases (the HOU one too) say which field changed and who changed it, never the values.
    const entries = await db.caseTimelineEntry.findMany({ where: { caseId: { in: [a.laxCase, a.houCase] }, kind: "PERSON_CORRECTED" } });
    expect(entries.map((e) => [e.caseId, e.actorUserId, e.data]).sort()).toEqual(
      [a.laxCase, a.houCase].sort().map((id) => [id, staff.supervisorLAX.user.id, { fields: ["phone"] }]),
    );
    expect(JSON.stringify(entries.map((e) => e.data))).not.toContain(newPhone.slice(2));
    const pushed = realtime.emitted.filter((e) => e.event === "case:updated").map((e) => (e.payload as { id: string }).id);
    expect(new Set(pushed)).toEqual(new Set([a.laxCase, a.houCase]));

    const stored = await db.person.findUniqueOrThrow({ where: { id: a.id }, select: { phone: true, fullName: true } });
    expect(stored.phone).toMatch(/^pv1\./);
    const ring = await keyring();
    expect(ring.open(stored.phone)).toBe(newPhone);
    expect(ring.open(stored.fullName)).toBe(a.fullName);
    const [row] = await db.personCorrection.findMany({ where: { personId: a.id } });
    expect(row).toMatchObject({ field: "phone", correctedById: staff.supervisorLAX.user.id });
    for (const sealed of [row.before, row.after, row.reason]) expect(sealed).toMatch(/^pv1\./);
    expect([ring.open(row.before), ring.open(row.after), ring.open(row.reason)]).toEqual([a.phone, newPhone, reason]);

    expect((await searchFor(newPhone)).body!.subjects.map((s) => s.id)).toEqual([a.id]);
    expect((await searchFor(a.phone)).body!.subjects).toEqual([]);
    // The queue's search follows too: the cases carry the person's new tokens.
    const [person, laxCase] = await Promise.all([
      db.person.findUniqueOrThrow({ where: { id: a.id }, select: { searchTokens: true } }),
      db.case.findUniqueOrThrow({ where: { id: a.laxCase }, select: { searchTokens: true } }),
    ]);
    expect(laxCase.searchTokens.sort()).toEqual(person.searchTokens.sort());

    const { record } = await (await viewOf(a.id)).json();
    expect(record.corrections).toEqual([expect.objectContaining({ field: "phone", before: a.phone, after: newPhone, reason, by: staff.supervisorLAX.user.name })]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "subject.corrected", targetId: a.id } });
    expect(audit.data).toMatchObject({ fields: ["phone"], caseIds: [a.laxCase] });
    expect(JSON.stringify(audit.data)).not.toContain(newPhone);
    a.phone = newPhone;
  });

  it("refuses bad input with a 400 naming the field, and writes nothing", async () => {
    as(staff.admin);
    const version = await versionOf(a.id);
    const corrections = await db.personCorrection.count({ where: { personId: a.id } });
    const cases: [unknown, string][] = [
      [{ version, reason: "Corrección", changes: { phone: "3235550147" } }, "changes.phone"],
      [{ version, reason: "Corrección", changes: { curp: "HERM91" } }, "changes.curp"],
      [{ version, reason: "Corrección", changes: { birthDate: "1991-13-02" } }, "changes.birthDate"],
      [{ version, reason: "Corrección", changes: { aNumber: "A-12" } }, "changes.aNumber"],
      [{ version, reason: "Corrección", changes: { fullName: "  " } }, "changes.fullName"],
      [{ version, reason: "Corrección", changes: { nickname: "Rosi" } }, "changes"],
      [{ version, reason: "Corrección", changes: {} }, "changes"],
      [{ version, changes: { phone: "+13235550000" } }, "reason"],
      [{ reason: "Corrección", changes: { phone: "+13235550000" } }, "version"],
    ];
    for (const [body, path] of cases) {
      const res = await correct(post(body), context({ id: a.id }));
      expect(res.status, path).toBe(400);
      const { issues } = await res.json();
      expect(issues.map((i: { path: string }) => i.path), JSON.stringify(body)).toContain(path);
    }
    expect(await versionOf(a.id)).toBe(version);
    expect(await db.personCorrection.count({ where: { personId: a.id } })).toBe(corrections);
  });

  it("answers 409 at a stale version, and writes nothing", async () => {
    as(staff.admin);
    const stale = await versionOf(a.id);
    const ok = await correct(post({ version: stale, reason: "Nombre completo según pasaporte", changes: { fullName: `Rosa María ${a.word} Ortiz` } }), context({ id: a.id }));
    expect(ok.status).toBe(200);
    const count = await db.personCorrection.count({ where: { personId: a.id } });
    const res = await correct(post({ version: stale, reason: "Otra corrección", changes: { consularIdNumber: "LA-0000001" } }), context({ id: a.id }));
    expect(res.status).toBe(409);
    expect((await res.json()).version).toBe(await versionOf(a.id));
    expect(await db.personCorrection.count({ where: { personId: a.id } })).toBe(count);
  });

  it("refuses an A-number another person holds with a 409 naming nobody", async () => {
    as(staff.admin);
    const aNumber = digits(9).replace(/^0/, "1");
    expect((await correct(post({ version: await versionOf(b.id), reason: "Número de la EOIR", changes: { aNumber: `A${aNumber}` } }), context({ id: b.id }))).status).toBe(200);
    const res = await correct(post({ version: await versionOf(a.id), reason: "Número de la EOIR", changes: { aNumber } }), context({ id: a.id }));
    expect(res.status).toBe(409);
    const text = await res.text();
    for (const value of [b.id, b.fullName, b.word]) expect(text).not.toContain(value);
    expect((await searchFor(aNumber)).body!.subjects.map((s) => s.id)).toEqual([b.id]);
  });

  it("lets a supervisor correct only the people of their region", async () => {
    as(staff.supervisorHOU);
    const res = await correct(post({ version: await versionOf(c.id), reason: "Corrección", changes: { phone: "+13235550000" } }), context({ id: c.id }));
    expect(res.status).toBe(404);
    expect(await db.personCorrection.count({ where: { personId: c.id } })).toBe(0);
  });
});
