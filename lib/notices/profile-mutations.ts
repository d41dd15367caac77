// The signed-in staff member's own channels: each writes only its own row.
import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { StaffScope } from "@/lib/server/auth/scope";
import { vapidSettings } from "./channels";
import { getProfile } from "./profile-data";
import type { ProfileInput, PushSubscriptionInput } from "./schema";

export const updateProfile = async (scope: StaffScope, input: ProfileInput) => {
  await db.user.update({ where: { id: scope.userId }, data: input, select: { id: true } });
  return getProfile(scope);
};

/**
 * Opts this browser in. An endpoint is one browser's: subscribing again (new
 * keys, another user signed in on it) takes the row over and brings it back
 * from gone.
 */
export const savePushSubscription = async (scope: StaffScope, { endpoint, keys, label }: PushSubscriptionInput) => {
  if (!vapidSettings()) throw new AppError("conflict", "push_off", { details: { reason: "push_off" } });
  const data = { userId: scope.userId, p256dh: keys.p256dh, auth: keys.auth, label: label ?? null, goneAt: null };
  const row = await db.pushSubscription.upsert({
    where: { endpoint },
    create: { endpoint, ...data },
    update: data,
    select: { id: true, label: true, endpoint: true, createdAt: true, lastSentAt: true },
  });
  return { ...row, createdAt: row.createdAt.toISOString(), lastSentAt: row.lastSentAt?.toISOString() ?? null };
};

/** Removes one of the user's devices. The row stays for the outbox's history, marked gone. */
export const removePushSubscription = async (scope: StaffScope, id: string) => {
  const { count } = await db.pushSubscription.updateMany({ where: { id, userId: scope.userId, goneAt: null }, data: { goneAt: new Date() } });
  if (count === 0) throw new AppError("not_found", "not_found");
};
