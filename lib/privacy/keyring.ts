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

export const SEALED_PREFIX = "pv1.";

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
    /** Told when a value names a key this ring lacks (made since it was loaded): the next read loads the keys again. */
    private readonly onMissingKey?: () => void,
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
    if (!key) {
      this.onMissingKey?.();
      throw new UnknownDataKeyError(keyId);
    }
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

export const newKeyId = () => randomBytes(6).toString("hex");
