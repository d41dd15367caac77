import { z } from "zod";
import { text } from "@/lib/server/http/input";

export const createRelayKeySchema = z.strictObject({
  name: text({ trim: true }).min(1, "required").max(80, "at most 80 characters"),
});

export type CreateRelayKeyInput = z.infer<typeof createRelayKeySchema>;

export type RelayKeyRow = {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
};
