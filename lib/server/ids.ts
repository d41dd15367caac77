// Ids that arrive in a URL or a socket message are checked before they reach
// a query: PostgreSQL answers a malformed uuid or bigint with an error, and
// the caller owes a plain 404 (or nothing) instead. No imports, so that
// lib/server and every domain can use the one definition.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID in any case: the id of cases, hearings, tasks, transfers, messages. */
export const isUuid = (value: string) => UUID.test(value);

/** A positive bigint id that fits PostgreSQL's bigint: contacts, reminders. */
export const isSerialId = (value: string) => /^\d{1,18}$/.test(value);
