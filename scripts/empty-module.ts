// Stands in for `server-only` under Vitest: the real package throws outside
// React Server Components, and tests import server modules directly.
export {};
