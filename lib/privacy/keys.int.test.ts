// The envelope encryption against the real PostgreSQL: keys made once,
// values naming their key, tampering refused, and both rotations keeping
// every value readable.
import { randomBytes } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { derivedKek, isSealed, keyEncryptionKeys, Keyring, UnknownDataKeyError, wrapKey } from "./keyring";
import { forgetKeyring, keyring } from "./keys-data";
import { newDataKey, rewrapDataKeys } from "./rotation-mutations";
import { countValuesByKey, dropDataKey, resealRetiredValues } from "./reseal-mutations";
import { openTimelineData, sealTimelineData } from "./timeline";
import { createCaseAt, ensureNetwork } from "@/lib/server/testing/fixtures";

const hex = () => randomBytes(32).toString("hex");
const original = process.env.AMPARO_DATA_KEYS;

beforeAll(async () => {
  await keyring();
});

afterEach(() => {
  if (original === undefined) delete process.env.AMPARO_DATA_KEYS;
  else process.env.AMPARO_DATA_KEYS = original;
  forgetKeyring();
});

describe("keyring", () => {
  it("seals with the active data key, names it, and opens again", async () => {
    const ring = await keyring();
    const sealed = ring.seal("María Pérez López");
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain("Mar");
    expect(sealed.split(".")[1]).toBe(ring.activeKeyId);
    expect(ring.open(sealed)).toBe("María Pérez López");
    expect(ring.seal("x")).not.toBe(ring.seal("x"));
    expect(ring.seal(null)).toBeNull();
    expect(ring.openJson(ring.sealJson({ lat: 34.05, lng: -118.24 }))).toEqual({ lat: 34.05, lng: -118.24 });
  });

  it("loads the keys again after meeting a value sealed under a key made since (by another instance)", async () => {
    const ring = await keyring();
    const elsewhere = new Keyring(new Map([["elsewhere1", randomBytes(32)]]), "elsewhere1", randomBytes(32));
    expect(() => ring.open(elsewhere.seal("x"))).toThrow(UnknownDataKeyError);
    expect(await keyring()).not.toBe(ring);
  });

  it("refuses a tampered value and a clear one", async () => {
    const ring = await keyring();
    const parts = ring.seal("secret").split(".");
    parts[4] = Buffer.from("SECRET").toString("base64url");
    expect(() => ring.open(parts.join("."))).toThrow();
    expect(() => ring.open("María")).toThrow(/unsealed/);
  });

  it("stores data keys only wrapped", async () => {
    const ring = await keyring();
    const rows = await db.dataKey.findMany();
    expect(rows.map((r) => r.purpose).sort()).toEqual(expect.arrayContaining(["blind", "data"]));
    for (const row of rows) expect(row.wrappedKey.split(".")).toHaveLength(3);
    // A blind index is stable for one key: search finds what was indexed before.
    expect(ring.blind("maria")).toBe((await keyring({ reload: true })).blind("maria"));
  });

  it("rewraps under a new key-encryption key without touching a value, and the old key can then go", async () => {
    const sealed = (await keyring()).seal("+12135550101");
    const first = `t1:${hex()}`;
    const second = `t2:${hex()}`;
    const use = async (keys: string) => {
      process.env.AMPARO_DATA_KEYS = keys;
      forgetKeyring();
    };
    await use(first);
    expect((await rewrapDataKeys()).current).toBe("t1");
    expect(new Set((await db.dataKey.findMany()).map((k) => k.kekId))).toEqual(new Set(["t1"]));
    await use(`${second},${first}`);
    const { rewrapped, current } = await rewrapDataKeys();
    expect(current).toBe("t2");
    expect(rewrapped.length).toBeGreaterThanOrEqual(2);
    // The old key leaves the environment: every value still opens.
    await use(second);
    expect((await keyring()).open(sealed)).toBe("+12135550101");
    // Without the key that wraps them, the data keys do not open: the database alone opens nothing.
    await use(first);
    await expect(keyring()).rejects.toThrow(/wrapped by key t2/);
    // Back under the derived key for the files that run after this one.
    await use(`s0:${derivedKek().key.toString("hex")},${second}`);
    await rewrapDataKeys();
    delete process.env.AMPARO_DATA_KEYS;
    forgetKeyring();
    expect((await keyring()).open(sealed)).toBe("+12135550101");
  });

  it("seals new values under a new data key and keeps opening the old ones", async () => {
    const before = await keyring();
    const old = before.seal("CURP0000000000000A");
    const { id, retired } = await newDataKey();
    expect(retired).toContain(before.activeKeyId);
    const after = await keyring();
    expect(after.activeKeyId).toBe(id);
    expect(after.seal("x").split(".")[1]).toBe(id);
    expect(after.open(old)).toBe("CURP0000000000000A");
  });
});

describe("resealing under the active key, then dropping the retired one", () => {
  /** A retired data key of this test's own (never active anywhere, so no other test seals under it), and a ring that seals with it. */
  const retiredKey = async (minutesAgo: number) => {
    const id = `old${randomBytes(4).toString("hex")}`;
    const raw = randomBytes(32);
    const [kek] = keyEncryptionKeys();
    await db.dataKey.create({ data: { id, purpose: "data", kekId: kek.id, wrappedKey: wrapKey(kek, raw), retiredAt: new Date(Date.now() - minutesAgo * 60_000) } });
    return { id, ring: new Keyring(new Map([[id, raw]]), id, randomBytes(32)) };
  };

  /** A case whose person's phone, message and one timeline entry are sealed under `ring`. */
  const caseSealedWith = async (ring: Keyring) => {
    await ensureNetwork();
    const c = await createCaseAt();
    const phone = `+1213555${String(Math.floor(Math.random() * 1e4)).padStart(4, "0")}`;
    await db.person.update({ where: { id: c.personId }, data: { phone: ring.seal(phone) } });
    await db.$executeRaw`UPDATE "cases" SET "message" = ${ring.seal("Me llevan a Adelanto")} WHERE "id" = ${c.id}::uuid`;
    const data = sealTimelineData(ring, "LOCATION_UPDATED", { alertId: "a", lat: 34.0612, lng: -118.2391, accuracyM: 9 });
    await db.caseTimelineEntry.create({ data: { caseId: c.id, kind: "LOCATION_UPDATED", data: data as Prisma.InputJsonObject } });
    return { ...c, phone };
  };

  const stored = async (c: { id: string; personId: string }) => {
    const [person, row, entry] = await Promise.all([
      db.person.findUniqueOrThrow({ where: { id: c.personId }, select: { phone: true } }),
      db.case.findUniqueOrThrow({ where: { id: c.id }, select: { message: true } }),
      db.caseTimelineEntry.findFirstOrThrow({ where: { caseId: c.id, kind: "LOCATION_UPDATED" }, select: { data: true } }),
    ]);
    return { phone: person.phone!, message: row.message!, entry: entry.data };
  };

  it("moves every value off a retired key without changing it, and the key, once empty, is dropped and opens nothing", async () => {
    const old = await retiredKey(10);
    const c = await caseSealedWith(old.ring);
    expect((await countValuesByKey())[old.id]).toBe(3);

    const moved = await resealRetiredValues({ keyId: old.id });
    expect(moved).toEqual({ "people.phone": 1, "cases.message": 1, "case_timeline.data": 1 });
    expect((await countValuesByKey())[old.id]).toBeUndefined();
    const ring = await keyring();
    const now = await stored(c);
    for (const value of [now.phone, now.message, (now.entry as { sealed: string }).sealed]) expect(value.split(".")[1]).toBe(ring.activeKeyId);
    expect([ring.open(now.phone), ring.open(now.message)]).toEqual([c.phone, "Me llevan a Adelanto"]);
    expect(openTimelineData(ring, now.entry)).toEqual({ alertId: "a", lat: 34.0612, lng: -118.2391, accuracyM: 9 });
    // A second pass finds nothing left.
    expect(await resealRetiredValues({ keyId: old.id })).toEqual({});

    expect(await dropDataKey({ id: old.id })).toEqual({ dropped: old.id });
    expect(await db.dataKey.findUnique({ where: { id: old.id } })).toBeNull();
    const after = await keyring();
    expect(after.open((await stored(c)).phone)).toBe(c.phone);
    // What the old key sealed (a stolen copy from before) no longer opens.
    expect(() => after.open(old.ring.seal("+12135550101"))).toThrow(UnknownDataKeyError);
    const [row] = await db.auditLog.findMany({ where: { action: "keys.drop_data_key", targetId: old.id } });
    expect(row).toBeDefined();
  });

  it("refuses to drop the active key, a key values still name, and a key retired too recently for every instance to know", async () => {
    const active = (await keyring()).activeKeyId;
    await expect(dropDataKey({ id: active })).rejects.toMatchObject({ code: "conflict", message: "active_key" });
    await expect(dropDataKey({ id: "nosuchkey" })).rejects.toMatchObject({ code: "not_found" });

    const inUse = await retiredKey(10);
    await caseSealedWith(inUse.ring);
    await expect(dropDataKey({ id: inUse.id })).rejects.toMatchObject({ code: "conflict", message: "key_in_use", details: { values: 3 } });
    expect(await db.dataKey.findUnique({ where: { id: inUse.id } })).not.toBeNull();

    const recent = await retiredKey(1);
    await expect(dropDataKey({ id: recent.id })).rejects.toMatchObject({ code: "conflict", message: "recently_retired" });
    // The same key later on, with nothing under it: dropped.
    expect(await dropDataKey({ id: recent.id, now: new Date(Date.now() + 5 * 60_000) })).toEqual({ dropped: recent.id });

    await resealRetiredValues({ keyId: inUse.id });
    expect(await dropDataKey({ id: inUse.id })).toEqual({ dropped: inUse.id });
  });
});
