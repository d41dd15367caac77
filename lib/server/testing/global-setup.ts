// Vitest globalSetup for the integration project: one fresh, migrated
// amparo_test per run, and the environment lib/env.ts validates.
import { resetTestDatabase, TEST_DATABASE_URL } from "@/lib/server/testing/database";

export const TEST_ENV = {
  DATABASE_URL: TEST_DATABASE_URL,
  NEXTAUTH_SECRET: "test-nextauth-secret-not-for-production-use",
  AMPARO_SECRET_KEY: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  // The suites cover one instance on its own; the scale-out tests opt in to Redis themselves.
  REDIS_URL: "",
  // Web Push is on in the suites (a key pair for tests only): the profile's
  // push routes answer, and the notice outbox queues push notices.
  VAPID_PUBLIC_KEY: "BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U",
  VAPID_PRIVATE_KEY: "UUxI4O8-FbRouAevSmBQ6o18hgE4nSG3qwvJTfKc-ls",
};

const globalSetup = async () => {
  await resetTestDatabase();
  Object.assign(process.env, TEST_ENV);
};

export default globalSetup;
