import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { CASE_STATUSES, QUEUE_LIMIT, searchTerms, statusesOf, type QueueFilter, type StatusCounts } from "./filters";
import { caseWhereForScope } from "./policy";
import { caseSummarySelect, toCaseSummary } from "./summary";

const ownerWhere = (owner: string | null, scope: StaffScope): Prisma.CaseWhereInput => {
  if (owner === null) return {};
  if (owner === "unassigned") return { ownerId: null };
  return { ownerId: owner === "me" ? scope.userId : owner };
};

const FLAG_WHERE: Record<NonNullable<QueueFilter["flag"]>, Prisma.CaseWhereInput> = {
  duress: { duress: true },
  pressed_again: { pressedAgain: true },
  rescinded: { rescinded: true },
};

// Name words are matched against every accented spelling (see spellings() in
// filters.ts) rather than with unaccent(), which this database does not have.
// The person's fields sit in one relation filter, so PostgreSQL reads
// `people` once per search, however many spellings there are.
const searchWhere = (q: string): Prisma.CaseWhereInput => {
  const terms = searchTerms(q);
  if (!terms) return {};
  const person: Prisma.PersonWhereInput[] = [];
  if (terms.words.length > 0) {
    person.push({
      AND: terms.words.map((spellings) => ({
        OR: spellings.map((spelling) => ({ fullName: { contains: spelling, mode: "insensitive" as const } })),
      })),
    });
  }
  if (terms.digits) person.push({ phone: { contains: terms.digits } });
  const curp = terms.code?.replaceAll("-", "");
  if (curp && curp.length >= 4) person.push({ curp: { contains: curp } });
  return {
    OR: [
      ...(person.length > 0 ? [{ person: { OR: person } }] : []),
      ...(terms.code ? [{ number: { contains: terms.code, mode: "insensitive" as const } }] : []),
    ],
  };
};

export const queueWhere = (scope: StaffScope, filter: QueueFilter): Prisma.CaseWhereInput => ({
  AND: [
    caseWhereForScope(scope),
    filter.status === "all" ? {} : { status: { in: [...statusesOf(filter.status)] } },
    ownerWhere(filter.owner, scope),
    filter.flag ? FLAG_WHERE[filter.flag] : {},
    searchWhere(filter.q),
  ],
});

/**
 * The queue: the cases this scope may see that match the filter, in
 * compareQueue's order (the priority enum is declared CRITICAL first), at
 * most QUEUE_LIMIT of them, and how many matched in all.
 */
export const listCases = async (scope: StaffScope, filter: QueueFilter) => {
  const where = queueWhere(scope, filter);
  const [rows, total] = await Promise.all([
    db.case.findMany({
      where,
      select: caseSummarySelect,
      orderBy: [{ priority: "asc" }, { alertAt: "asc" }, { number: "asc" }],
      take: QUEUE_LIMIT,
    }),
    db.case.count({ where }),
  ]);
  return { cases: rows.map(toCaseSummary), total };
};

/** How many cases this scope may see in each status, every status present. */
export const countCasesByStatus = async (scope: StaffScope): Promise<StatusCounts> => {
  const groups = await db.case.groupBy({ by: ["status"], where: caseWhereForScope(scope), _count: { _all: true } });
  const counts = Object.fromEntries(CASE_STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
};
