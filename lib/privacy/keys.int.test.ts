// The envelope encryption against the real PostgreSQL: keys made once,
// values naming their key, tampering refused, and both rotations keeping
// every value readable.
import { randomBytes } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { derivedKek, isSealed, Keyring, UnknownDataKeyError } from "./keyring";
import { forgetKeyring, keyring } from "./keys-data";
import { newDataKey, rewrapDataKeys } from "./rotation-mutations";

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
