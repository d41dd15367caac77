// Vitest globalSetup for the integration project: one fresh, migrated
// amparo_test per run, and the environment lib/env.ts validates.
import { resetTestDatabase, TEST_DATABASE_URL } from "@/lib/server/testing/database";

export const TEST_ENV = {
  DATABASE_URL: TEST_DATABASE_URL,
  NEXTAUTH_SECRET: "test-nextauth-secret-not-for-production-use",
  AMPARO_SECRET_KEY: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  // The suites cover one instance on its own; the scale-out tests opt in to Redis themselves.
  REDIS_URL: "",
};

const globalSetup = async () => {
  await resetTestDatabase();
  Object.assign(process.env, TEST_ENV);
};

export default globalSetup;
