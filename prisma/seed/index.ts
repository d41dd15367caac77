// npm run db:seed [-- --demo]: seeds the database of DATABASE_URL (or the embedded one).
import { parseArgs } from "node:util";
import { prepareEnvironment } from "@/lib/server/bootstrap";

const { values } = parseArgs({ options: { demo: { type: "boolean", default: false } } });

const main = async () => {
  const prepared = await prepareEnvironment();
  try {
    const { seed } = await import("./seed");
    const demo = values.demo || process.env.AMPARO_DEMO === "1";
    await seed({ demo, night: demo });
  } finally {
    const { disconnectDb } = await import("@/lib/server/db");
    await disconnectDb();
    await prepared.stop();
  }
};

main().catch((error) => {
  console.error(`Seed failed: ${(error as Error).message}`);
  process.exit(1);
});
