// npm run staff -- <command>: staff administration from a shell, for the
// first administrator of a fresh install and for operators. The admin screen
// (/admin/staff) does the same in the app. Uses DATABASE_URL, or the embedded
// database of `npm run demo` when it is unset. Exit codes: 0 done, 1 refused
// or failed (the reason on stderr), 2 wrong usage.
import { parseArgs } from "node:util";
import { prepareEnvironment } from "@/lib/server/bootstrap";

const USAGE = `usage: npm run staff -- <command> [options]

  create-admin --email <e-mail> --name "<name>" [--password-stdin]
                    the first administrator: prints a one-time link to set the password
                    (72 h), or reads the password from stdin
  invite --email <e-mail> --name "<name>" --role OFFICER|LEGAL_AID|SUPERVISOR|ADMIN
         [--consulate <code>] [--region <code>]
                    prints the invitation's one-time link
  list [--role <role>] [--consulate <code>] [--region <code>] [--status all|active|disabled|invited] [--q <text>]
  disable --email <e-mail>     ends their sessions and closes their sockets at once
  enable --email <e-mail>
  reset --email <e-mail>       a one-time link for a new password (24 h); the old one stops working`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    consulate: { type: "string" },
    region: { type: "string" },
    status: { type: "string" },
    q: { type: "string" },
    "password-stdin": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
});

class UsageError extends Error {}

const readStdin = async () => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
};

const run = async (command: string | undefined) => {
  const { db } = await import("@/lib/server/db");
  const { parseWith } = await import("@/lib/server/http/parse-body");
  const { publicBaseUrl } = await import("@/lib/notices/content");
  const { findStaffByEmail, listStaff } = await import("@/lib/users/staff-data");
  const { inviteStaff, issuePasswordReset, updateStaff } = await import("@/lib/users/staff-mutations");
  const { SHELL_OPERATOR } = await import("@/lib/users/staff-policy");
  const { inviteSchema, setPasswordSchema, staffFilterSchema } = await import("@/lib/users/staff-schema");
  const { setPasswordWithLink } = await import("@/lib/users/staff-token-mutations");

  const url = (path: string) => `${publicBaseUrl().replace(/\/+$/, "")}${path}`;
  // A code that names nothing is refused by name (not as the id it failed to become).
  const placeIds = async () => {
    const consulate = values.consulate
      ? await db.consulate.findUnique({ where: { code: values.consulate.toUpperCase() }, select: { id: true } })
      : undefined;
    if (consulate === null) throw new Error(`No consulate with the code ${values.consulate}`);
    const region = values.region ? await db.region.findUnique({ where: { code: values.region.toUpperCase() }, select: { id: true } }) : undefined;
    if (region === null) throw new Error(`No region with the code ${values.region}`);
    return { consulateId: consulate?.id, regionId: region?.id };
  };
  const existing = async () => {
    if (!values.email) throw new UsageError(`${command} needs --email`);
    const row = await findStaffByEmail(values.email);
    if (!row) throw new Error(`No staff member with the e-mail ${values.email}`);
    return row;
  };

  switch (command) {
    case "create-admin":
    case "invite": {
      if (!values.email || !values.name) throw new UsageError(`${command} needs --email and --name`);
      const role = command === "create-admin" ? "ADMIN" : values.role;
      const invite = parseWith(inviteSchema, { email: values.email, name: values.name, role, ...(await placeIds()) });
      const password = values["password-stdin"] ? parseWith(setPasswordSchema, { password: await readStdin() }).password : null;
      const { staff, link } = await inviteStaff({ scope: SHELL_OPERATOR, invite });
      if (password) {
        await setPasswordWithLink({ token: link.path.split("/").pop()!, password });
        console.log(`Created ${staff.email} (${staff.role}) with the password given. Sign in at ${url("/sign-in")}.`);
      } else {
        console.log(`Created ${staff.email} (${staff.role}).\nOne-time link to set the password (until ${link.expiresAt}), shown this once:\n${url(link.path)}`);
      }
      return;
    }
    case "list": {
      const filter = parseWith(staffFilterSchema, { q: values.q, role: values.role, consulate: values.consulate, region: values.region, status: values.status });
      const rows = await listStaff({ scope: SHELL_OPERATOR, filter });
      console.table(
        rows.map((r) => ({
          email: r.email,
          name: r.name,
          role: r.role,
          place: r.consulate?.code ?? r.region?.code ?? "",
          state: !r.active ? "disabled" : r.awaitingPassword ? "awaiting password" : "active",
          lastSignIn: r.lastSignInAt ?? "never",
          twoFactor: r.twoFactorEnabled ? "on" : "off",
        })),
      );
      return;
    }
    case "disable":
    case "enable": {
      const row = await existing();
      await updateStaff({ scope: SHELL_OPERATOR, userId: row.id, change: { version: row.version, active: command === "enable" } });
      console.log(command === "disable" ? `Disabled ${row.email}; their sessions have ended.` : `Re-enabled ${row.email}.`);
      return;
    }
    case "reset": {
      const row = await existing();
      const link = await issuePasswordReset({ scope: SHELL_OPERATOR, userId: row.id });
      console.log(`One-time link for ${row.email} (until ${link.expiresAt}), shown this once:\n${url(link.path)}`);
      return;
    }
    default:
      throw new UsageError(command ? `Unknown command ${command}` : "No command");
  }
};

/** A refusal in words: the domain's reason, or the fields a 400 named. */
const describe = (error: unknown) => {
  const failure = error as Error & { code?: string; issues?: { path: string; message: string }[]; details?: { reason?: string } };
  if (failure.issues?.length) return failure.issues.map((i) => `${i.path}: ${i.message}`).join("; ");
  if (failure.details?.reason) return `${failure.code}: ${failure.details.reason}`;
  return failure.message;
};

const main = async () => {
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const prepared = await prepareEnvironment();
  try {
    await run(positionals[0]);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      console.error(`Refused: ${describe(error)}`);
      process.exitCode = 1;
    }
  } finally {
    const { disconnectDb } = await import("@/lib/server/db");
    await disconnectDb();
    // A disable tells the running instances through Redis; the connection must not keep this process alive.
    const { closeRedis } = await import("@/lib/server/redis");
    await closeRedis();
    await prepared.stop();
  }
};

void main();
