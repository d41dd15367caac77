// The code a two-factor change asks for: six digits from the app, or (where
// any second factor will do) a recovery code. Shared by the routes and the form.
import { z } from "zod";
import { text } from "@/lib/server/http/input";

export const codeSchema = z.object({ code: text({ max: 32, trim: true }).pipe(z.string().min(1)) });

export type CodeBody = z.infer<typeof codeSchema>;

export const staffIdSchema = z.object({ id: z.uuid() });
