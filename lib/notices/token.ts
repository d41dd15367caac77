// A notice's acknowledgement link carries a token derived from its id under
// AMPARO_SECRET_KEY; only the token's SHA-256 is stored, so the table (or a
// dump of it) cannot acknowledge anything, while the sender can always
// rebuild the link it sends.
import { createHash, createHmac } from "node:crypto";
import { env } from "@/lib/env";

/** `secretKey`: the server's AMPARO_SECRET_KEY, for a caller outside it (the e2e specs). */
export const noticeToken = (noticeId: string, secretKey = env().AMPARO_SECRET_KEY) =>
  createHmac("sha256", Buffer.from(secretKey, "hex")).update(`staff-notice:${noticeId}`).digest("base64url");

export const hashNoticeToken = (token: string) => createHash("sha256").update(token).digest("hex");
