// No log line from a full intake and a case's whole life holds a person's
// name, phone, CURP or A-number: the intake's answers (created, duplicate,
// refused), then the case taken, contacted, confirmed, noted, referred, its
// A-number recorded, closed, and a staff route's failure. Every line of the service's logger and of the console is captured.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { intake } from "@/lib/alerts/intake";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { addNote, logContactAttempt, transitionCase } from "@/lib/cases/mutations";
import { updateLegalRecord } from "@/lib/legal-aid/record";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import "@/lib/register";
import { db } from "@/lib/server/db";
import { failureReply } from "@/lib/server/http/staff-reply";
import { createLogger, log, replaceLogger } from "@/lib/server/log";
import { createStaff, createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";

const lines: string[] = [];
let restoreLogger: () => void;
const consoleSpies: ReturnType<typeof vi.spyOn>[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  restoreLogger = replaceLogger(createLogger(sink, "trace"));
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    consoleSpies.push(vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "))));
  }
  await ensureNetwork();
});

afterAll(() => {
  restoreLogger();
  for (const spy of consoleSpies) spy.mockRestore();
});

describe("[OPS] logs hold no personal data", () => {
  it("through an intake and a case's whole life", async () => {
    const event = panicEvent();
    const { fullName, phone, curp } = event.person;
    const contact = event.contacts![0];
    const key = await createTestRelayKey();
    const accepted = await intake.web(signedRequest({ key, body: event }));
    expect(accepted.status).toBe(202);
    const { caseId } = (await accepted.json()) as { caseId: string };
    expect((await intake.web(signedRequest({ key, body: event }))).status).toBe(200);
    expect((await intake.web(signedRequest({ key: { ...key, secret: "not-the-secret" }, body: panicEvent() }))).status).toBe(401);
    expect((await intake.web(signedRequest({ key, body: { ...panicEvent(), person: { ...event.person, birthDate: "no" } } }))).status).toBe(400);

    const [owner, legal] = await Promise.all([createStaff("OFFICER", { consulate: "LAX" }), createStaff("LEGAL_AID", { consulate: "LAX" })]);
    let { version } = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } });
    const move = async (to: CaseStatus, scope = owner.scope, extra: { reason?: string; outcome?: "RELEASED" } = {}) => {
      version = (await transitionCase({ scope, caseId, version, to, ...extra })).version;
    };
    await move("ACKNOWLEDGED");
    await logContactAttempt({ scope: owner.scope, caseId, attempt: { contactName: contact.name, result: "REACHED_RELATIVE" } });
    await move("IN_CONTACT", owner.scope, { reason: `Habló con ${contact.name} al ${contact.phone}` });
    await move("DETENTION_CONFIRMED");
    await addNote({ scope: owner.scope, caseId, body: `${fullName} (${curp}) está en Adelanto; su teléfono ${phone}` });
    await move("REFERRED_LEGAL_AID");
    const aNumber = String(100_000_000 + Math.floor(Math.random() * 899_999_999));
    const record = await db.legalRecord.findUnique({ where: { caseId }, select: { version: true } });
    await updateLegalRecord({ scope: legal.scope, caseId, patch: { version: record?.version ?? 0, aNumber } });
    await move("CLOSED", legal.scope, { outcome: "RELEASED" });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true } })).toEqual({ status: "CLOSED" });

    // A staff route that fails logs its method and path, never its query.
    failureReply(new Error("boom"), "GET", `/api/v1/cases?q=${encodeURIComponent(fullName)}`);
    // And a careless caller that logs the person whole is censored by field name.
    log("test").error({ person: event.person, phone, contacts: { phone: contact.phone, name: contact.name } }, "careless line");

    // The run did log: the staff failure and the careless line, at least.
    expect(lines.some((line) => line.includes('"staff route failed"'))).toBe(true);
    expect(lines.some((line) => line.includes('"careless line"'))).toBe(true);
    const personal = [fullName, ...fullName.split(" ").filter((part) => part.length > 4), phone, phone?.slice(2), curp, contact.name, contact.phone, event.person.birthDate, aNumber].filter((value): value is string => Boolean(value));
    for (const line of lines) {
      for (const value of personal) expect(line, `a log line holds "${value}"`).not.toContain(value);
    }
  });
});
