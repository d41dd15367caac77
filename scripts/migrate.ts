// npm run db:migrate: applies prisma/migrations to DATABASE_URL, or to the
// embedded database when it is unset (see lib/server/bootstrap.ts).
import { prepareEnvironment } from "@/lib/server/bootstrap";
import { migrate } from "@/lib/server/migrate";

const plural = (n: number) => `${n} migration${n === 1 ? "" : "s"}`;

const main = async () => {
  const prepared = await prepareEnvironment();
  try {
    const { applied, alreadyApplied } = await migrate({
      databaseUrl: process.env.DATABASE_URL ?? "",
      log: (line) => console.log(line),
    });
    console.log(
      applied.length > 0
        ? `Applied ${plural(applied.length)}: ${applied.join(", ")}`
        : `Database is up to date (${plural(alreadyApplied)})`,
    );
    // Rows from before personal data was sealed are sealed now (docs/privacy.md).
    const { sealLegacyRows } = await import("@/lib/privacy/legacy-mutations");
    const sealed = await sealLegacyRows();
    if (Object.keys(sealed).length > 0) console.log(`Sealed rows written before encryption: ${JSON.stringify(sealed)}`);
  } finally {
    const { disconnectDb } = await import("@/lib/server/db");
    await disconnectDb();
    await prepared.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
