// Prisma CLI configuration. It lives in .config/ so the top level stays as the
// house layout fixes it. The CLI only needs a URL for migrate/studio; the app
// connects through @prisma/adapter-pg (lib/server/db.ts).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "../prisma/schema.prisma",
  migrations: { path: "../prisma/migrations", seed: "tsx prisma/seed/index.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/amparo" },
});
