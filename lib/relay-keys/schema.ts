import { z } from "zod";

export const createRelayKeySchema = z.strictObject({
  name: z.string().trim().min(1, "required").max(80, "at most 80 characters"),
});

export type CreateRelayKeyInput = z.infer<typeof createRelayKeySchema>;

export type RelayKeyRow = {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
};
