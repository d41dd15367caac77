// A stolen backup: pg_dump of the database after the demo's whole night (the
// intake, the triage pipeline, the legal record, hearings and tasks, made by
// the app's own functions) holds none of the demo people's names, phones,
// CURPs, their relatives' names and phones or what they wrote, in clear.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { TEST_DATABASE_URL } from "@/lib/server/testing/database";
import { seed } from "@/prisma/seed/seed";
import { keyring } from "./keys-data";
import { openPerson } from "./person";

const run = promisify(execFile);

let dump: string;
let secrets: { what: string; value: string }[];

beforeAll(async () => {
  await seed({ demo: true, night: true, log: () => undefined });
  const ring = await keyring();
  const people = await db.person.findMany({ where: { appUserId: { startsWith: "demo_" } }, include: { cases: { include: { contacts: true } } } });
  secrets = people.flatMap((stored) => {
    const person = openPerson(ring, stored);
    const contacts = stored.cases.flatMap((c) => c.contacts.flatMap((k) => [ring.open(k.name), ring.open(k.phone)]));
    const messages = stored.cases.map((c) => ring.open(c.message));
    return [
      { what: "name", value: person.fullName },
      { what: "phone", value: person.phone },
      { what: "phone digits", value: person.phone?.replace(/\D/g, "") ?? null },
      { what: "CURP", value: person.curp },
      { what: "consular ID", value: person.consularIdNumber },
      ...contacts.map((value) => ({ what: "relative", value })),
      ...messages.map((value) => ({ what: "message", value })),
    ].filter((s): s is { what: string; value: string } => typeof s.value === "string" && s.value.length >= 6);
  });
  const { stdout } = await run("pg_dump", ["--no-owner", "--no-privileges", "--dbname", TEST_DATABASE_URL], { maxBuffer: 512 * 1024 * 1024 });
  dump = stdout;
}, 180_000);

describe("a database dump after the demo's night", () => {
  it("holds the demo's cases", () => {
    // The test means something only if the demo made people with all of these.
    expect(new Set(secrets.map((s) => s.what))).toEqual(new Set(["name", "phone", "phone digits", "CURP", "consular ID", "relative", "message"]));
    expect(dump).toContain("COPY public.people");
  });

  it("holds none of their personal values in clear", () => {
    const found = secrets.filter((s) => dump.includes(s.value));
    expect(found).toEqual([]);
  });
});
