// Recovery codes: ten per enrolment, each good for one sign-in without the
// phone. Only their SHA-256 is stored: they are 50 random bits each, too many
// to guess against the sign-in throttle, so a slow hash would add nothing.
import { createHash, randomBytes } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
// Crockford's base32 without I, L, O, U: nothing to misread when copied from paper.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** How a code is compared: case, spaces and dashes as the person typed them do not matter. */
export const normalizeRecoveryCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, "");

/** Ten new codes, shown as xxxxx-xxxxx. */
export const newRecoveryCodes = (count = RECOVERY_CODE_COUNT): string[] =>
  Array.from({ length: count }, () => {
    const chars = [...randomBytes(10)].map((byte) => ALPHABET[byte % 32]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });

export const hashRecoveryCode = (code: string) => createHash("sha256").update(normalizeRecoveryCode(code)).digest("hex");

/** Whether what was typed has a recovery code's shape (else it is taken for a TOTP code). */
export const looksLikeRecoveryCode = (code: string) => /^[0-9A-Z]{10}$/.test(normalizeRecoveryCode(code));
