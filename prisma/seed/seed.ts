// Idempotent seed: the consulate network always; demo accounts and the demo
// relay key only when asked, and never with NODE_ENV=production.
import { db } from "@/lib/server/db";
import { seedNetwork } from "./network";
import { DEMO_RELAY_KEY, seedDemo } from "./demo";
import { seedDemoLegalCase } from "./demo-legal";
import { seedDemoNight } from "./demo-night";
import { seedDemoRoster } from "./demo-roster";
import { seedFacilities } from "./facilities";

// `night`: with the demo data, cases at every stage over the last hours (demo-night.ts).
type SeedOptions = { demo: boolean; night?: boolean; log?: (line: string) => void };

export const seed = async ({ demo, night = false, log = console.log }: SeedOptions) => {
  if (demo && process.env.NODE_ENV === "production") {
    throw new Error("Refusing to seed demo accounts and the demo relay key with NODE_ENV=production.");
  }
  const network = await seedNetwork(db);
  log(`seeded the consulate network: ${JSON.stringify(network)}`);
  const facilities = await seedFacilities(db);
  log(`seeded ${facilities.facilities} detention facilities`);
  if (demo) {
    const result = await seedDemo(db);
    log(`seeded demo data: ${result.users} accounts (password amparo-demo), relay key ${result.relayKey}`);
    const roster = await seedDemoRoster(db);
    if (roster.created) log(`seeded ${roster.created} demo shifts: someone on duty at every hour at LAX and HOU`);
    const legal = await seedDemoLegalCase({ relayKeyId: DEMO_RELAY_KEY.id });
    if (legal.created) log("seeded a demo case referred to legal aid, with a hearing and a task");
    if (night) {
      const { created } = await seedDemoNight({ relayKeyId: DEMO_RELAY_KEY.id });
      if (created) log(`seeded ${created} more demo cases over the last hours`);
    }
  }
};
