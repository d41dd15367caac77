// The signed-in staff member's own notice channels and push devices.
import "server-only";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { emailEnabled, vapidSettings } from "./channels";
import type { Profile, PushDevice } from "./types";

export const listPushDevices = async (scope: StaffScope): Promise<PushDevice[]> => {
  const rows = await db.pushSubscription.findMany({
    where: { userId: scope.userId, goneAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, label: true, endpoint: true, createdAt: true, lastSentAt: true },
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), lastSentAt: row.lastSentAt?.toISOString() ?? null }));
};

export const getProfile = async (scope: StaffScope): Promise<Profile> => {
  const [user, devices] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: scope.userId },
      select: { email: true, mobilePhone: true, noticeEmail: true, notifySms: true, notifyEmail: true },
    }),
    listPushDevices(scope),
  ]);
  return { ...user, devices, emailEnabled: emailEnabled(), pushPublicKey: vapidSettings()?.publicKey ?? null };
};
