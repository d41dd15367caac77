// Request signatures for the relay intake (docs/alert-api.md,
// "Authentication"): X-Alert-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>.
// No framework imports: the relay wrapper beside it, the simulator and tests
// share it. It is the wrapper's scheme, so it lives in lib/server/http.
import { createHmac, timingSafeEqual } from "node:crypto";

export type RawBody = string | Uint8Array;

export type ParsedSignature = { t: number; v1: string[] };

export const SIGNATURE_TOLERANCE_SECONDS = 300;

// A relay rotating its secret sends one v1 per secret; more than a handful is
// not a rotation but an attempt to make us compute many comparisons.
const MAX_CANDIDATES = 8;
const MAX_HEADER_LENGTH = 1024;
const HEX_SHA256 = /^[0-9a-f]{64}$/i;
const UNIX_SECONDS = /^\d{1,12}$/;

const hmacHex = (secret: string, t: number, body: RawBody) =>
  createHmac("sha256", secret).update(`${t}.`).update(body).digest("hex");

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The X-Alert-Signature value for `body`, signed at `timestamp` (unix seconds, default now). */
export const signBody = ({
  secret,
  body,
  timestamp = nowSeconds(),
}: {
  secret: string;
  body: RawBody;
  timestamp?: number;
}): string => {
  if (!secret) throw new Error("signBody: the secret is empty");
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new Error("signBody: timestamp must be a whole number of unix seconds");
  }
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, body)}`;
};

/**
 * `t=<seconds>,v1=<hex>[,v1=<hex>...]`, or null when anything is off: the
 * caller answers every null the same way (401), so no reason is returned.
 * Unknown schemes (`v0=`, a future `v2=`) are ignored, as Stripe does, so a
 * relay can add a scheme before the dashboard understands it.
 */
export const parseSignatureHeader = (header: string | null | undefined): ParsedSignature | null => {
  if (!header || header.length > MAX_HEADER_LENGTH) return null;
  let t: number | undefined;
  const v1: string[] = [];
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq <= 0) return null;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === "t") {
      if (t !== undefined || !UNIX_SECONDS.test(value)) return null;
      t = Number(value);
    } else if (key === "v1") {
      if (!HEX_SHA256.test(value)) return null;
      v1.push(value.toLowerCase());
    } else if (!/^v\d+$/.test(key) || !value) {
      return null;
    }
  }
  if (t === undefined || v1.length === 0 || v1.length > MAX_CANDIDATES) return null;
  return { t, v1 };
};

/**
 * True only for a well-formed header whose timestamp is within
 * `toleranceSeconds` of `now` (unix seconds, either direction) and one of
 * whose v1 values is the HMAC of `<t>.<rawBody>`. `rawBody` must be the exact
 * bytes received: re-serialised JSON would not match.
 */
export const verifySignature = ({
  secret,
  rawBody,
  header,
  now = nowSeconds(),
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
}: {
  secret: string;
  rawBody: RawBody;
  header: string | null | undefined;
  now?: number;
  toleranceSeconds?: number;
}): boolean => {
  if (!secret) return false;
  const parsed = parseSignatureHeader(header);
  if (!parsed) return false;
  if (!(Math.abs(now - parsed.t) <= toleranceSeconds)) return false;

  const expected = Buffer.from(hmacHex(secret, parsed.t, rawBody), "hex");
  let matched = false;
  // Every candidate is compared, and with timingSafeEqual, so the time taken
  // says nothing about which candidate (or how much of it) was right.
  for (const candidate of parsed.v1) {
    const given = Buffer.from(candidate, "hex");
    const equal = given.length === expected.length && timingSafeEqual(given, expected);
    matched = equal || matched;
  }
  return matched;
};
