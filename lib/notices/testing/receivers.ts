// Real local receivers for the notice channels: an SMTP server (smtp-server)
// that keeps what it is sent or refuses it with a 5xx, and an HTTP server that
// stands in for a browser's push service, with a subscription's keys to
// decrypt what it receives (aes128gcm, as a browser would).
import { createECDH, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import ece from "http_ece";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; raw: string; subject: string; text: string };

const qpBytes = (text: string) =>
  Buffer.from(text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})|[^=]+/g, (part, hex: string | undefined) => (hex ? `%${hex}` : encodeURIComponent(part))).replace(/%([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8");

/** The message as a reader sees it: the subject's encoded words and the quoted-printable body decoded. */
const readMail = (raw: string) => {
  const [head, ...rest] = raw.split("\r\n\r\n");
  const unfolded = head.replace(/\r\n[ \t]+/g, " ");
  const subjectLine = /^Subject: (.*)$/m.exec(unfolded)?.[1] ?? "";
  const subject = subjectLine.replace(/=\?UTF-8\?Q\?([^?]*)\?=\s*/gi, (_m, words: string) => qpBytes(words.replace(/_/g, " ")));
  const body = rest.join("\r\n\r\n");
  return { subject, text: /quoted-printable/i.test(unfolded) ? qpBytes(body) : body };
};

export const startSmtpReceiver = async ({ refuseWith }: { refuseWith?: number } = {}) => {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refuseWith) return callback(Object.assign(new Error("refused by the test"), { responseCode: refuseWith }));
        const raw = Buffer.concat(chunks).toString("utf8");
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, ...readMail(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};

export type ReceivedPush = { path: string; headers: IncomingMessage["headers"]; body: Buffer };

/** A push service: /ok/* answers 201, /gone/* 410, /fail/* 500. */
export const startPushReceiver = async () => {
  const received: ReceivedPush[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks) });
      response.statusCode = path.startsWith("/ok/") ? 201 : path.startsWith("/gone/") ? 410 : 500;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};

/** A browser's side of a push subscription: its P-256 key pair and auth secret. */
export const pushKeys = () => {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16).toString("base64url");
  return {
    p256dh: ecdh.getPublicKey().toString("base64url"),
    auth,
    /** What the browser reads from a push message's body. */
    decrypt: (body: Buffer) => {
      // aes128gcm's header: salt (16), record size (4), key id length (1), key id (the sender's public key).
      const keyId = body.subarray(21, 21 + body[20]);
      return ece.decrypt(body, { version: "aes128gcm", privateKey: ecdh, dh: keyId.toString("base64url"), authSecret: auth }).toString("utf8");
    },
  };
};
