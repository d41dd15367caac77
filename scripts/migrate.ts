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
  } finally {
    await prepared.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
