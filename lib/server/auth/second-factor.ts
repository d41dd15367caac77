// The second factor's check, shared by the sign-in (authorize.ts) and the
// self-service changes that ask for a fresh code (lib/two-factor). Both ways
// of passing it are single-use, enforced by a conditional UPDATE so that two
// instances racing with the same code cannot both accept it: a TOTP code
// moves users.totp_last_step forward (a step at or before it is refused), a
// recovery code is marked used.
import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { openSecret } from "@/lib/server/secret-box";
import { hashRecoveryCode, looksLikeRecoveryCode } from "./recovery-codes";
import { checkTotp } from "./totp";

export type SecondFactorResult = { ok: true; method: "totp" | "recovery_code" } | { ok: false };

const FAILED: SecondFactorResult = { ok: false };

/** Whether the user has two factors on (a secret confirmed with a code). */
export const hasTwoFactor = async (userId: string, tx: Tx | typeof db = db) =>
  Boolean((await tx.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } }))?.totpEnabledAt);

/**
 * Spends `code` (six digits, or a recovery code) as the user's second factor.
 * Only for a user with two factors on; refused (never thrown) otherwise.
 */
export const spendSecondFactor = async ({ userId, code, tx = db, now = Date.now() }: { userId: string; code: string; tx?: Tx | typeof db; now?: number }): Promise<SecondFactorResult> => {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true } });
  if (!user?.totpEnabledAt || !user.totpSecret) return FAILED;
  const typed = code.trim();
  if (looksLikeRecoveryCode(typed)) {
    const { count } = await tx.recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(typed), usedAt: null },
      data: { usedAt: new Date(now) },
    });
    return count === 1 ? { ok: true, method: "recovery_code" } : FAILED;
  }
  const check = await checkTotp({ secret: openSecret(user.totpSecret), code: typed, afterTimeStep: user.totpLastStep, now });
  if (!check.valid) return FAILED;
  const { count } = await tx.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.timeStep } }] },
    data: { totpLastStep: check.timeStep },
  });
  return count === 1 ? { ok: true, method: "totp" } : FAILED;
};
