// SQL fragments with their parameters kept apart, for the modules that build
// SQL text (the scope's policy, the queue's filters) without reaching the
// database themselves: that stays in data and mutation modules.
import { Prisma } from "@/lib/generated/prisma/client";

export type Sql = Prisma.Sql;
export const sql = Prisma.sql;
export const join = Prisma.join;
export const raw = Prisma.raw;
export const empty = Prisma.empty;
