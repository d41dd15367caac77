// A notice's acknowledgement link carries a token derived from its id under
// AMPARO_SECRET_KEY; only the token's SHA-256 is stored, so the table (or a
// dump of it) cannot acknowledge anything, while the sender can always
// rebuild the link it sends.
import { createHash, createHmac } from "node:crypto";
import { env } from "@/lib/env";

export const noticeToken = (noticeId: string) =>
  createHmac("sha256", Buffer.from(env().AMPARO_SECRET_KEY, "hex")).update(`staff-notice:${noticeId}`).digest("base64url");

export const hashNoticeToken = (token: string) => createHash("sha256").update(token).digest("hex");
