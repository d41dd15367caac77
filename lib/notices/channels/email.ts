// E-mail notices through nodemailer to SMTP_URL. Without one, development and
// tests print a line that names no one (the address masked); production then
// has no e-mail channel at all (README, "Staff notices").
import nodemailer from "nodemailer";
import { NoticeSendError, type ChannelSend } from "./types";
import { log as logger } from "@/lib/server/log";

const maskEmail = (address: string) => address.replace(/^(.).*(@.*)$/, "$1•••$2");

type SmtpFailure = Error & { responseCode?: number; code?: string };

export const smtpChannel = ({ url, from }: { url: string; from: string }): ChannelSend => {
  // Short timeouts: a relay that hangs must not hold up the sender's next batch for the other channels.
  const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return async ({ email }, { subject, text, url: link }) => {
    try {
      await transport.sendMail({ from, to: email, subject, text: `${text}\n\n${link}\n` });
    } catch (error) {
      const failure = error as SmtpFailure;
      // Every SMTP failure gets the retries: a 5xx from a relay is often its
      // own trouble, and the attempts are few. The last one marks it failed.
      if (failure.responseCode) throw new NoticeSendError("rejected", `SMTP ${failure.responseCode}`, true);
      throw new NoticeSendError("unreachable", failure.code ?? "SMTP connection failed", true);
    }
  };
};

export const logEmailChannel =
  (log: (line: string, data: object) => void = (line, data) => logger("notices").info(data, line)): ChannelSend =>
  async ({ noticeId, email }, { subject }) => {
    log("[amparo] notice e-mail (log transport)", { to: maskEmail(email), noticeId, subject });
  };
