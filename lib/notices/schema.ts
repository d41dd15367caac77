// Bodies and params of the notices' and the profile's API: shared by the routes and the forms.
import { z } from "zod";
import { text } from "@/lib/server/http/input";

/** E.164: a plus, the country code, 8 to 15 digits in all, no spaces. */
export const E164 = /^\+[1-9]\d{7,14}$/;

// Empty clears the field; the profile form sends what the user typed.
const optional = <T extends z.ZodType<string | null>>(schema: T) =>
  z.union([z.literal("").transform(() => null), z.null(), schema]);

export const profileSchema = z.strictObject({
  mobilePhone: optional(text({ trim: true, max: 20 }).pipe(z.string().regex(E164, "must be E.164: + and 8 to 15 digits, e.g. +13235550123"))),
  noticeEmail: optional(text({ trim: true, max: 254 }).pipe(z.email("must be an e-mail address"))),
  notifySms: z.boolean(),
  notifyEmail: z.boolean(),
});

export type ProfileInput = z.output<typeof profileSchema>;

const base64url = (min: number, max: number) => z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${min},${max}}$`), "must be base64url");

// A push service is a public https host: never this machine or a bare address,
// which would make the sender post wherever a signed-in user points it.
const isPublicHttps = (value: string) => {
  try {
    const url = new URL(value);
    const host = url.hostname.toLowerCase();
    return url.protocol === "https:" && host.includes(".") && !/^[\d.]+$/.test(host) && !host.startsWith("[") && host !== "localhost" && !host.endsWith(".localhost");
  } catch {
    return false;
  }
};

/** What PushSubscription.toJSON() gives, plus the device's label. */
export const pushSubscriptionSchema = z.strictObject({
  endpoint: text({ max: 2000 }).refine(isPublicHttps, "must be the push service's https address"),
  keys: z.strictObject({ p256dh: base64url(80, 100), auth: base64url(16, 32) }),
  expirationTime: z.number().nullable().optional(),
  label: text({ trim: true, max: 80 }).optional(),
});

export type PushSubscriptionInput = z.output<typeof pushSubscriptionSchema>;

/** A notice's link: noticeToken's HMAC-SHA-256 in base64url. */
export const noticeTokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "not a notice token") });

export const pushSubscriptionParams = z.object({ id: z.uuid() });
