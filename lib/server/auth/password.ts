// Staff passwords: argon2id (the @node-rs/argon2 default), OWASP's minimum
// parameters: 19 MiB, 2 iterations, 1 lane.
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

// Verifying against this when the account does not exist keeps the response
// time the same, so sign-in does not reveal which e-mails have accounts.
let decoy: Promise<string> | undefined;

export const verifyPassword = async (passwordHash: string | null, password: string): Promise<boolean> => {
  if (!passwordHash) {
    decoy ??= hashPassword("amparo-decoy-password");
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
};
