// Encrypts secrets the server must be able to read back (relay HMAC secrets)
// with AES-256-GCM under AMPARO_SECRET_KEY. Format: v1.<iv>.<tag>.<ciphertext>,
// each part base64url.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

const key = () => Buffer.from(env().AMPARO_SECRET_KEY, "hex");

export const sealSecret = (plain: string, keyOverride?: Buffer): string => {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyOverride ?? key(), iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return ["v1", iv, tag, ciphertext].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
};

export const openSecret = (sealed: string, keyOverride?: Buffer): string => {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || ciphertext === undefined) throw new Error("Unrecognised sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", keyOverride ?? key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
};
