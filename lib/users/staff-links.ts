// One-time links (invitation, password reset): 32 random bytes, base64url, in
// the link; only their SHA-256 in staff_tokens. Issuing one spends the user's
// earlier open links, so only the newest ever works.
import { createHash, randomBytes } from "node:crypto";
import type { StaffTokenPurpose } from "@/lib/generated/prisma/enums";

export const LINK_LIFETIME_MS: Record<StaffTokenPurpose, number> = {
  INVITE: 72 * 60 * 60 * 1000,
  RESET: 24 * 60 * 60 * 1000,
};

export const newLinkToken = () => randomBytes(32).toString("base64url");

export const hashLinkToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const setPasswordPath = (token: string) => `/set-password/${token}`;
