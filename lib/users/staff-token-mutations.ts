// Setting a password from a one-time link: the link works once, before it
// expires, for a user still active; any other open link of theirs is spent
// with it. Whatever is wrong with a link, the answer is the same one refusal,
// so a guesser learns nothing about which links exist.
import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { hashPassword } from "@/lib/server/auth/password";
import { hashLinkToken } from "./staff-links";
import { countLinkFailure, refuseIfThrottled } from "./staff-link-throttle";

export const LINK_INVALID = "link_invalid";
const invalidLink = () => new AppError("not_found", LINK_INVALID, { details: { reason: LINK_INVALID } });

const usableLink = async (tokenHash: string, now: Date) => {
  const row = await db.staffToken.findUnique({ where: { tokenHash }, select: { usedAt: true, expiresAt: true, user: { select: { active: true } } } });
  return Boolean(row && !row.usedAt && row.expiresAt > now && row.user.active);
};

/** Whether a link would still set a password now (the page checks before showing its form). */
export const isLinkUsable = ({ token, now = new Date() }: { token: string; now?: Date }) => usableLink(hashLinkToken(token), now);

type Consume = { token: string; password: string; now?: Date };

/** Sets the password and spends the link; returns the e-mail to sign in with. */
export const setPasswordWithLink = async ({ token, password, now = new Date() }: Consume): Promise<{ email: string }> => {
  const tokenHash = hashLinkToken(token);
  // A dead link costs no argon2; a live one is hashed before the transaction and claimed inside it, once.
  if (!(await usableLink(tokenHash, now))) throw invalidLink();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const link = await tx.staffToken.findUnique({ where: { tokenHash }, select: { id: true, userId: true, purpose: true, user: { select: { active: true, email: true } } } });
    if (!link || !link.user.active) throw invalidLink();
    const { count } = await tx.staffToken.updateMany({ where: { id: link.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (count === 0) throw invalidLink();
    await tx.staffToken.updateMany({ where: { userId: link.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: link.userId }, data: { passwordHash }, select: { id: true } });
    await recordAudit({ action: "user.password_set", actorUserId: link.userId, targetType: "user", targetId: link.userId, data: { purpose: link.purpose } }, tx);
    return { email: link.user.email };
  });
};

/** The public route's call: refused while the address is throttled; a dead link counts against it. */
export const setPasswordFromRequest = async ({ address, ...consume }: Consume & { address: string }) => {
  await refuseIfThrottled(address);
  try {
    return await setPasswordWithLink(consume);
  } catch (error) {
    if (error instanceof AppError && error.message === LINK_INVALID) await countLinkFailure(address);
    throw error;
  }
};
