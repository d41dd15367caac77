// npm run retention -- run [--dry-run]
// The retention run by hand (lib/retention; the nightly job runs it at 03:00
// UTC): coarsens and purges the ended cases their schedule says, never a case
// under legal hold. --dry-run prints how many it would coarsen and purge.
import { runCommand, withEnvironment } from "./with-environment";

const usage = "usage: npm run retention -- run [--dry-run]";

const main = async () => {
  const [command, ...flags] = process.argv.slice(2);
  if (command !== "run" || flags.some((f) => f !== "--dry-run")) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  await withEnvironment(async () => {
    const { runRetentionNow } = await import("@/lib/retention/run-mutations");
    const result = await runRetentionNow({ dryRun: flags.includes("--dry-run") });
    if (result.dryRun) {
      const { coarsen, purge, held } = result.preview;
      console.log(`Would coarsen ${coarsen} and purge ${purge} cases; ${held} ended cases are on legal hold.`);
    } else {
      console.log(`Coarsened ${result.totals.coarsened} and purged ${result.totals.purged} cases.`);
    }
  });
};

void runCommand(main);
