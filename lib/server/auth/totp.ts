// Time-based one-time codes (RFC 6238, the authenticator apps' defaults:
// SHA-1, 6 digits, 30 s) with otplib v13. Pure: the replay guard's state (the
// last step accepted) is the caller's to keep (second-factor.ts keeps it in
// users.totp_last_step).
import { generate, generateSecret, generateURI, verify } from "otplib";

export const TOTP_PERIOD_SECONDS = 30;
/** One step either side: a phone's clock a little fast or slow, or a code typed as it turned over. */
export const TOTP_DRIFT_STEPS = 1;
const ISSUER = "Amparo";
const CODE = /^\d{6}$/;

/** A new base32 secret of 20 bytes (otplib's default, what the apps expect). */
export const newTotpSecret = () => generateSecret();

/** The otpauth:// address the QR code carries. */
export const totpUri = ({ email, secret }: { email: string; secret: string }) =>
  generateURI({ issuer: ISSUER, label: email, secret });

/** The code of this moment (tests and the e2e spec compute what the app would show). */
export const totpCode = ({ secret, now = Date.now() }: { secret: string; now?: number }) =>
  generate({ secret, epoch: Math.floor(now / 1000) });

export type TotpCheck = { valid: true; timeStep: number } | { valid: false };

/**
 * Whether `code` is the secret's code within ±1 step of `now`, and for a step
 * after `afterTimeStep` (the last one accepted): a code used once, or an older
 * one, is refused however recent it is.
 */
export const checkTotp = async ({
  secret,
  code,
  afterTimeStep,
  now = Date.now(),
}: {
  secret: string;
  code: string;
  afterTimeStep?: number | null;
  now?: number;
}): Promise<TotpCheck> => {
  if (!CODE.test(code)) return { valid: false };
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now / 1000),
    epochTolerance: TOTP_DRIFT_STEPS * TOTP_PERIOD_SECONDS,
    ...(afterTimeStep != null ? { afterTimeStep } : {}),
  }).catch(() => ({ valid: false as const }));
  return result.valid && "timeStep" in result ? { valid: true, timeStep: result.timeStep } : { valid: false };
};
