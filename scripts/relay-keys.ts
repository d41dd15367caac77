// npm run relay-keys -- list | create --name "Relay SRE" | revoke --id relay-…
// For operators with shell access; the admin screen does the same in the app.
import { parseArgs } from "node:util";
import { runCommand, withEnvironment } from "./with-environment";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, id: { type: "string" } },
});

const usage = 'usage: npm run relay-keys -- list | create --name "…" | revoke --id <key id>';

const main = () =>
  withEnvironment(async () => {
    const [command] = positionals;
    if (command === "list") {
      const { listRelayKeys } = await import("@/lib/relay-keys/data");
      console.table(await listRelayKeys());
    } else if (command === "create" && values.name) {
      const { createRelayKey } = await import("@/lib/relay-keys/mutations");
      const key = await createRelayKey({ name: values.name });
      console.log(`Key id: ${key.id}\nSecret: ${key.secret}\nThe secret is shown this once; give it to the relay now.`);
    } else if (command === "revoke" && values.id) {
      const { revokeRelayKey } = await import("@/lib/relay-keys/mutations");
      await revokeRelayKey({ id: values.id });
      console.log(`Revoked ${values.id}.`);
    } else {
      console.error(usage);
      process.exitCode = 2;
    }
  });

void runCommand(main);
