// npm run keys -- status | rewrap | new-data-key | reseal [--key <id>] | drop-data-key --id <id>
// Rotation of the keys that seal personal data (docs/privacy.md, "Keys").
// rewrap: after putting a new key first in AMPARO_DATA_KEYS (the old one kept
// after it), wraps every data key under the new one; then the old key can
// leave the environment. new-data-key: new values are sealed under a fresh
// data key; the running instances pick it up at once (through Redis) or
// within five minutes. reseal: values still sealed under a retired data key
// are sealed again under the active one, in batches, while the service runs.
// drop-data-key: a retired key that seals nothing any more is deleted (five
// minutes after it was retired at the earliest), so it opens nothing again.
import { parseArgs } from "node:util";
import { runCommand, withEnvironment } from "./with-environment";

const usage = "usage: npm run keys -- status | rewrap | new-data-key | reseal [--key <id>] | drop-data-key --id <id>";

const main = () =>
  withEnvironment(async () => {
    const { positionals, values } = parseArgs({ allowPositionals: true, options: { key: { type: "string" }, id: { type: "string" } } });
    const [command] = positionals;
    const rotation = await import("@/lib/privacy/rotation-mutations");
    const reseal = await import("@/lib/privacy/reseal-mutations");
    const { keyring } = await import("@/lib/privacy/keys-data");
    const { isAppError } = await import("@/lib/server/errors");
    try {
      if (command === "status") {
        await keyring();
        const counts = await reseal.countValuesByKey();
        console.table((await rotation.listDataKeys()).map((k) => ({ ...k, values: k.purpose === "data" ? (counts[k.id] ?? 0) : "—" })));
      } else if (command === "rewrap") {
        await keyring();
        const { rewrapped, current } = await rotation.rewrapDataKeys();
        console.log(rewrapped.length ? `Wrapped ${rewrapped.join(", ")} under ${current}.` : `Every data key is already wrapped under ${current}.`);
      } else if (command === "new-data-key") {
        await keyring();
        const { id, retired } = await rotation.newDataKey();
        console.log(`New values are sealed under ${id}; ${retired.join(", ") || "no key"} keeps opening what it sealed.`);
      } else if (command === "reseal") {
        const moved = await reseal.resealRetiredValues({ keyId: values.key });
        const total = Object.values(moved).reduce((a, n) => a + n, 0);
        console.log(total === 0 ? "No value is sealed under a retired data key." : `Sealed ${total} values again under the active data key:`);
        if (total > 0) console.table(moved);
      } else if (command === "drop-data-key" && values.id) {
        const { dropped } = await reseal.dropDataKey({ id: values.id });
        console.log(`Dropped ${dropped}: it opens nothing any more.`);
      } else {
        console.error(usage);
        process.exitCode = 2;
      }
    } catch (error) {
      if (!isAppError(error)) throw error;
      console.error(`${error.message}: ${String((error.details as { reason?: string } | undefined)?.reason ?? "")}`);
      process.exitCode = 1;
    }
  });

void runCommand(main);
