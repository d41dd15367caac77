// What the staff administration answers (the browser imports these types only).
import type { Role } from "@/lib/generated/prisma/enums";

export type StaffPlace = { id: string; code: string; name: string };

export type StaffRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  consulate: StaffPlace | null;
  region: StaffPlace | null;
  active: boolean;
  /** Waiting for a password from a one-time link (invited, or reset by an administrator). */
  awaitingPassword: boolean;
  lastSignInAt: string | null;
  twoFactorEnabled: boolean;
  createdAt: string;
  /** What an edit must carry: changes whenever role, place or state do. */
  version: string;
};

export type PlacementOptions = {
  roles: Role[];
  consulates: (StaffPlace & { regionId: string })[];
  regions: StaffPlace[];
};

/** A one-time link, shown once to whoever made it (only its hash is kept). */
export type IssuedLink = { userId: string; path: string; expiresAt: string; emailed: boolean };
