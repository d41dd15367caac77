// npm run keys -- status | rewrap | new-data-key
// Rotation of the keys that seal personal data (docs/privacy.md, "Keys").
// rewrap: after putting a new key first in AMPARO_DATA_KEYS (the old one kept
// after it), wraps every data key under the new one; then the old key can
// leave the environment. new-data-key: new values are sealed under a fresh
// data key; the running instances pick it up at once (through Redis) or
// within five minutes.
import { runCommand, withEnvironment } from "./with-environment";

const usage = "usage: npm run keys -- status | rewrap | new-data-key";

const main = () =>
  withEnvironment(async () => {
    const [command] = process.argv.slice(2);
    const rotation = await import("@/lib/privacy/rotation-mutations");
    const { keyring } = await import("@/lib/privacy/keys-data");
    if (command === "status") {
      await keyring();
      console.table(await rotation.listDataKeys());
    } else if (command === "rewrap") {
      await keyring();
      const { rewrapped, current } = await rotation.rewrapDataKeys();
      console.log(rewrapped.length ? `Wrapped ${rewrapped.join(", ")} under ${current}.` : `Every data key is already wrapped under ${current}.`);
    } else if (command === "new-data-key") {
      await keyring();
      const { id, retired } = await rotation.newDataKey();
      console.log(`New values are sealed under ${id}; ${retired.join(", ") || "no key"} keeps opening what it sealed.`);
    } else {
      console.error(usage);
      process.exitCode = 2;
    }
  });

void runCommand(main);
