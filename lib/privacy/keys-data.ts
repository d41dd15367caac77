// The keyring of this process: data keys read from data_keys (made there on
// a fresh database) and unwrapped with the environment's keys.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/server/db";
import { onSignal, sendSignal } from "@/lib/server/signals";
import { keyEncryptionKeys, Keyring, newKeyId, unwrapKey, wrapKey } from "./keyring";

const KEYS_SIGNAL = "privacy:keys";
// A key made by `npm run keys` on another machine reaches this one through the
// signal, or at the latest after this long.
export const KEYRING_RELOAD_MS = 5 * 60_000;

type Loaded = { ring: Keyring; at: number };
const holder = globalThis as unknown as { amparoKeyring?: Promise<Loaded> };

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
  const forget = () => {
    holder.amparoKeyring = undefined;
  };
  return { ring: new Keyring(keys, active.id, unwrapKey(keks, blind.kekId, blind.wrappedKey, blind.id), forget), at: Date.now() };
};

onSignal(KEYS_SIGNAL, () => {
  holder.amparoKeyring = undefined;
});

/** The keyring, loaded once per process (again after a rotation's signal, or after a few minutes). */
export const keyring = async ({ reload = false } = {}): Promise<Keyring> => {
  const cached = holder.amparoKeyring;
  if (cached && !reload) {
    const loaded = await cached.catch(() => null);
    if (loaded && Date.now() - loaded.at < KEYRING_RELOAD_MS) return loaded.ring;
  }
  const next = load();
  holder.amparoKeyring = next;
  next.catch(() => {
    if (holder.amparoKeyring === next) holder.amparoKeyring = undefined;
  });
  return (await next).ring;
};

/** Tells every instance to load the keys again (after `npm run keys`). */
export const announceKeyChange = () => sendSignal(KEYS_SIGNAL, "");

/** Forgets the loaded keys (tests that change AMPARO_DATA_KEYS). */
export const forgetKeyring = () => {
  holder.amparoKeyring = undefined;
};
