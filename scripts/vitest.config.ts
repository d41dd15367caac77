// Two projects: `unit` (pure code beside its sources) and `integration`
// (`*.int.test.ts`, against the real PostgreSQL; see lib/server/testing/).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root,
  resolve: {
    alias: {
      "@": root,
      "server-only": fileURLToPath(new URL("./empty-module.mjs", import.meta.url)),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/*.int.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["**/node_modules/**", "**/.next/**", "**/dist/**"],
          globalSetup: ["lib/server/testing/global-setup.ts"],
          // Test files share amparo_test; one at a time keeps their data apart.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
