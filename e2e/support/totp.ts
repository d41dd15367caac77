import { generateSync } from "otplib";

/** What an authenticator app shows for a secret, `steps` periods of 30 s from now (one ahead is within the allowed drift). */
export const appCode = (secret: string, steps = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
