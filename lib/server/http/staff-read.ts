// A staff GET defined once and served by two servers: Next's route file
// (withStaffRead) and server.ts, ahead of Next's router (staffReadNode). The
// definition carries who may call it and its query's schema, and answerRead
// applies both, so the two servers cannot answer a caller differently.
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffScope } from "@/lib/server/auth/scope";
import { parseWith } from "./parse-body";
import type { Reply } from "./responses";
import { allows, FORBIDDEN } from "./staff-reply";

/** A schema of the URL's parameters: it picks them out of URLSearchParams, then validates them. */
export type QuerySchema = z.ZodType<unknown, URLSearchParams>;

export type StaffRead<Q extends QuerySchema = QuerySchema> = {
  /** The roles it serves; absent, any staff (the read then filters by scope). */
  roles?: readonly Role[];
  query: Q;
  /** `address`: the client's (client-address.ts), for the read audit. */
  read: (input: { scope: StaffScope; query: z.output<Q>; address: string }) => Promise<unknown>;
};

/** Types a definition's `read` from its query schema. */
export const defineStaffRead = <Q extends QuerySchema>(definition: StaffRead<Q>) => definition;

/** A signed-in caller's answer: 403 for a role it does not serve, else the data (a bad query throws the 400). */
export const answerRead = async <Q extends QuerySchema>(
  definition: StaffRead<Q>,
  { scope, url, address }: { scope: StaffScope; url: URL; address: string },
): Promise<Reply> => {
  if (!allows(definition.roles, scope)) return FORBIDDEN;
  const query = parseWith(definition.query, url.searchParams);
  return { status: 200, body: await definition.read({ scope, query, address }) };
};
