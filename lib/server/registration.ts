// lib/server is infrastructure and imports no domain: what it runs for the
// domains (the rooms a socket joins, background work, the relay's key lookup)
// is handed to it by lib/register.ts. Each entry point imports that file into
// its own module copy (server.ts's bundle and Next's route bundle are two
// copies in one process), so no copy borrows another's registration, and one
// that was never made fails at first use with this error instead of doing nothing.

export type Registration<T> = { register: (value: T) => void; get: () => T };

export const registration = <T>(what: string): Registration<T> => {
  let registered: T | undefined;
  return {
    // Registering again replaces: Next's dev server re-runs a changed module.
    register: (value) => {
      registered = value;
    },
    get: () => {
      if (registered === undefined) {
        throw new Error(`[amparo] no ${what} registered: the entry point must import lib/register.ts`);
      }
      return registered;
    },
  };
};
