// The demo accounts (prisma/seed/demo.ts) and where each role's signed-in
// browser state is kept between the global setup and the specs.
import path from "node:path";

export const PASSWORD = "amparo-demo";

export const ACCOUNTS = {
  officerLA: "oficial.la@amparo.demo",
  officerLA2: "oficial2.la@amparo.demo",
  officerHouston: "oficial.houston@amparo.demo",
  legalLA: "legal.la@amparo.demo",
  supervisorOeste: "supervisor.oeste@amparo.demo",
  admin: "admin@amparo.demo",
} as const;

export type AccountRole = keyof typeof ACCOUNTS;

export const storageStatePath = (role: AccountRole) => path.join(import.meta.dirname, "..", ".auth", `${role}.json`);
