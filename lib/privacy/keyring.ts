// Envelope encryption of personal data (docs/privacy.md).
//
// A value is sealed with AES-256-GCM under a data key; the sealed text names
// that key: pv1.<key id>.<iv>.<tag>.<ciphertext>, base64url parts. Data keys
// live in the data_keys table wrapped by a key-encryption key (KEK) that only
// the environment holds (AMPARO_DATA_KEYS): a database dump alone opens
// nothing. Rotation: `npm run keys -- rewrap` moves every data key under the
// current KEK (values untouched, no downtime); `npm run keys -- new-data-key`
// seals new values under a fresh data key while old ones stay readable.
//
// Search without clear text goes through blind indexes: keyed hashes
// (HMAC-SHA-256 under the 'blind' data key) of normalised tokens, see
// lib/privacy/blind-index.ts.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { onSignal, sendSignal } from "@/lib/server/signals";

export const SEALED_PREFIX = "pv1.";
const KEYS_SIGNAL = "privacy:keys";
// A key made by `npm run keys` on another machine reaches this one through the
// signal, or at the latest after this long.
const RELOAD_AFTER_MS = 5 * 60_000;

export type Kek = { id: string; key: Buffer };

/** The key derived from AMPARO_SECRET_KEY: the current one while AMPARO_DATA_KEYS is unset. */
export const derivedKek = (): Kek => ({
  id: "s0",
  key: Buffer.from(hkdfSync("sha256", Buffer.from(env().AMPARO_SECRET_KEY, "hex"), Buffer.alloc(0), "amparo/data-kek", 32)),
});

/**
 * The key-encryption keys, the current one first: AMPARO_DATA_KEYS in its
 * order, then the derived key (so that a deployment that began without
 * AMPARO_DATA_KEYS can move to its own keys with one rewrap).
 */
export const keyEncryptionKeys = (): Kek[] => {
  // Read at each load rather than from env()'s cache, so that a rotation test can change it; env() checked its form.
  env();
  const configured = (process.env.AMPARO_DATA_KEYS ?? "")
    .split(",")
    .filter(Boolean)
    .map((pair) => {
      const [id, hex] = pair.split(":");
      return { id: id.toLowerCase(), key: Buffer.from(hex, "hex") };
    });
  return configured.some((k) => k.id === "s0") ? configured : [...configured, derivedKek()];
};

const aesSeal = (key: Buffer, plain: Buffer) => {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url"));
};

const aesOpen = (key: Buffer, [iv, tag, ciphertext]: string[]) => {
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]);
};

export const wrapKey = (kek: Kek, dataKey: Buffer) => aesSeal(kek.key, dataKey).join(".");

export const unwrapKey = (keks: Kek[], kekId: string, wrapped: string, dataKeyId: string): Buffer => {
  const kek = keks.find((k) => k.id === kekId);
  if (!kek) {
    throw new Error(`Data key ${dataKeyId} is wrapped by key ${kekId}, which AMPARO_DATA_KEYS does not hold (docs/privacy.md, "Keys")`);
  }
  return aesOpen(kek.key, wrapped.split("."));
};

export class UnknownDataKeyError extends Error {
  constructor(readonly keyId: string) {
    super(`Sealed with data key ${keyId}, which this instance has not loaded`);
  }
}

export const isSealed = (value: unknown): value is string => typeof value === "string" && value.startsWith(SEALED_PREFIX);

/** The data keys, unwrapped, with the one that seals new values and the blind-index key. */
export class Keyring {
  constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    readonly activeKeyId: string,
    private readonly blindKey: Buffer,
  ) {}

  seal(plain: string): string;
  seal(plain: string | null | undefined): string | null;
  seal(plain: string | null | undefined): string | null {
    if (plain === null || plain === undefined) return null;
    const key = this.keys.get(this.activeKeyId)!;
    return SEALED_PREFIX + [this.activeKeyId, ...aesSeal(key, Buffer.from(plain, "utf8"))].join(".");
  }

  open(sealed: string): string;
  open(sealed: string | null | undefined): string | null;
  open(sealed: string | null | undefined): string | null {
    if (sealed === null || sealed === undefined) return null;
    if (!isSealed(sealed)) throw new Error("A personal value is stored unsealed");
    const [, keyId, ...parts] = sealed.split(".");
    const key = this.keys.get(keyId);
    if (!key) throw new UnknownDataKeyError(keyId);
    return aesOpen(key, parts).toString("utf8");
  }

  sealJson(value: unknown): string {
    return this.seal(JSON.stringify(value));
  }

  openJson<T>(sealed: string): T;
  openJson<T>(sealed: string | null | undefined): T | null;
  openJson<T>(sealed: string | null | undefined): T | null {
    const text = this.open(sealed);
    return text === null ? null : (JSON.parse(text) as T);
  }

  /** The keyed hash of one normalised token (base64url, 128 bits: collisions are out of reach at any size). */
  blind(token: string): string {
    return createHmac("sha256", this.blindKey).update(token, "utf8").digest().subarray(0, 16).toString("base64url");
  }
}

type Loaded = { ring: Keyring; at: number };
const holder = globalThis as unknown as { amparoKeyring?: Promise<Loaded> };

const newKeyId = () => randomBytes(6).toString("hex");

/** Loads (and on a fresh database creates) the data keys. */
const load = async (): Promise<Loaded> => {
  const keks = keyEncryptionKeys();
  const rows = await db.$transaction(async (tx) => {
    const read = () => tx.dataKey.findMany({ orderBy: { createdAt: "asc" } });
    let found = await read();
    const missing = (["data", "blind"] as const).filter((purpose) => !found.some((k) => k.purpose === purpose && !k.retiredAt));
    if (missing.length === 0) return found;
    // First start: one instance makes the keys, the others wait here and read them.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('amparo:data_keys', 0))`;
    found = await read();
    for (const purpose of missing) {
      if (found.some((k) => k.purpose === purpose && !k.retiredAt)) continue;
      await tx.dataKey.create({ data: { id: newKeyId(), purpose, kekId: keks[0].id, wrappedKey: wrapKey(keks[0], randomBytes(32)) } });
    }
    return read();
  });
  const keys = new Map(rows.filter((r) => r.purpose === "data").map((r) => [r.id, unwrapKey(keks, r.kekId, r.wrappedKey, r.id)] as const));
  const active = rows.find((r) => r.purpose === "data" && !r.retiredAt)!;
  const blind = rows.find((r) => r.purpose === "blind" && !r.retiredAt)!;
  return { ring: new Keyring(keys, active.id, unwrapKey(keks, blind.kekId, blind.wrappedKey, blind.id)), at: Date.now() };
};

onSignal(KEYS_SIGNAL, () => {
  holder.amparoKeyring = undefined;
});

/** The keyring, loaded once per process (again after a rotation's signal, or after a few minutes). */
export const keyring = async ({ reload = false } = {}): Promise<Keyring> => {
  const cached = holder.amparoKeyring;
  if (cached && !reload) {
    const loaded = await cached.catch(() => null);
    if (loaded && Date.now() - loaded.at < RELOAD_AFTER_MS) return loaded.ring;
  }
  const next = load();
  holder.amparoKeyring = next;
  next.catch(() => {
    if (holder.amparoKeyring === next) holder.amparoKeyring = undefined;
  });
  return (await next).ring;
};

/** Runs fn with the keyring; once more with a fresh one if a value names a key made since it was loaded. */
export const withKeyring = async <T>(fn: (ring: Keyring) => T | Promise<T>): Promise<T> => {
  try {
    return await fn(await keyring());
  } catch (error) {
    if (!(error instanceof UnknownDataKeyError)) throw error;
    return fn(await keyring({ reload: true }));
  }
};

/** Tells every instance to load the keys again (after `npm run keys`). */
export const announceKeyChange = () => sendSignal(KEYS_SIGNAL, "");

/** Forgets the loaded keys (tests that change AMPARO_DATA_KEYS). */
export const forgetKeyring = () => {
  holder.amparoKeyring = undefined;
};
