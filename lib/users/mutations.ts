import "server-only";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";

/** Keeps the signed-in user's UI language, so it follows them to another browser. */
export const setUserLocale = async (scope: StaffScope, locale: "es" | "en") => {
  await db.user.update({ where: { id: scope.userId }, data: { locale }, select: { id: true } });
};
