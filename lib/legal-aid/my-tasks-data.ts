// The signed-in user's open tasks across the cases they may see: the
// deadlines panel beside the queue, overdue first.
import "server-only";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { caseWhereForScope } from "@/lib/cases/policy";
import { keyring } from "@/lib/privacy/keys-data";
import { taskSelect, toTask } from "./tasks";

export const listMyTasks = async (scope: StaffScope, now = new Date()) => {
  const rows = await db.caseTask.findMany({
    where: { ownerId: scope.userId, status: "OPEN", case: caseWhereForScope(scope) },
    orderBy: { dueAt: "asc" },
    take: 200,
    select: { ...taskSelect, case: { select: { id: true, number: true, person: { select: { fullName: true } } } } },
  });
  const ring = await keyring();
  return rows.map(({ case: c, ...task }) => ({ ...toTask(ring, task, now), caseId: c.id, caseNumber: c.number, personName: ring.open(c.person.fullName) }));
};
