// Demo data: the relay key of docs/alert-api.md and one account per role.
// Never in production: seed.ts refuses before calling this.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/server/auth/password";
import { sealSecret } from "@/lib/server/secret-box";

export const DEMO_PASSWORD = "amparo-demo";
export const DEMO_RELAY_KEY = { id: "demo-relay", secret: "demo-relay-secret" };

type DemoUser = { email: string; name: string; role: Role; consulate?: string; region?: string; locale?: "es" | "en" };

export const DEMO_USERS: DemoUser[] = [
  { email: "oficial.la@amparo.demo", name: "Ana López (LAX)", role: "OFFICER", consulate: "LAX" },
  { email: "oficial2.la@amparo.demo", name: "Jorge Medina (LAX)", role: "OFFICER", consulate: "LAX" },
  { email: "oficial.houston@amparo.demo", name: "Carlos Treviño (HOU)", role: "OFFICER", consulate: "HOU" },
  { email: "legal.la@amparo.demo", name: "Lucía Ramírez (LAX)", role: "LEGAL_AID", consulate: "LAX" },
  { email: "supervisor.oeste@amparo.demo", name: "Roberto Salinas (Oeste)", role: "SUPERVISOR", region: "OESTE" },
  { email: "admin@amparo.demo", name: "Administración Amparo", role: "ADMIN" },
];

export const seedDemo = async (db: PrismaClient) => {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    const consulate = user.consulate
      ? await db.consulate.findUniqueOrThrow({ where: { code: user.consulate }, select: { id: true } })
      : null;
    const region = user.region
      ? await db.region.findUniqueOrThrow({ where: { code: user.region }, select: { id: true } })
      : null;
    const fields = { name: user.name, role: user.role, consulateId: consulate?.id ?? null, regionId: region?.id ?? null };
    // The password is set only on creation, so a reseed never undoes a change.
    await db.user.upsert({
      where: { email: user.email },
      create: { email: user.email, passwordHash, locale: user.locale ?? "es", ...fields },
      update: fields,
    });
  }
  const key = await db.relayKey.findUnique({ where: { id: DEMO_RELAY_KEY.id }, select: { id: true } });
  if (!key) {
    await db.relayKey.create({
      data: { id: DEMO_RELAY_KEY.id, name: "Demo relay", secretCiphertext: sealSecret(DEMO_RELAY_KEY.secret) },
    });
  }
  return { users: DEMO_USERS.length, relayKey: DEMO_RELAY_KEY.id };
};
