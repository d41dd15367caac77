// Where family SMS go. The outbox calls one transport; which one is
// configuration (SMS_TRANSPORT): the log in development and tests, Twilio's
// REST API (or any service that speaks it) in production. Each send carries
// the message id as an idempotency key, so a provider that honours it drops
// the retry of a send whose answer was lost.
import { env } from "@/lib/env";
import { log as logger } from "@/lib/server/log";

export type SmsMessage = { to: string; body: string; idempotencyKey: string };
export type SmsTransport = { name: string; send: (message: SmsMessage) => Promise<{ providerMessageId: string }> };

const maskPhone = (phone: string) => phone.replace(/\d(?=\d{4})/g, "•");

export const logTransport = (log: (line: string, data: object) => void = (line, data) => logger("sms").info(data, line)): SmsTransport => ({
  name: "log",
  send: async ({ to, body, idempotencyKey }) => {
    log("[amparo] sms (log transport)", { to: maskPhone(to), idempotencyKey, body });
    return { providerMessageId: `log-${idempotencyKey}` };
  },
});

export class SmsSendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export const twilioTransport = ({
  baseUrl,
  accountSid,
  authToken,
  from,
  fetchImpl = fetch,
}: {
  baseUrl: string;
  accountSid: string;
  authToken: string;
  from: string;
  fetchImpl?: typeof fetch;
}): SmsTransport => ({
  name: "twilio",
  send: async ({ to, body, idempotencyKey }) => {
    const url = `${baseUrl.replace(/\/$/, "")}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
    const response = await fetchImpl(url, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
        "i-twilio-idempotency-token": idempotencyKey,
      },
      body: new URLSearchParams({ To: to, From: from, Body: body }),
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok) {
      // 4xx other than 429 will not get better by retrying (bad number, bad credentials).
      const retryable = response.status === 429 || response.status >= 500;
      throw new SmsSendError(`provider answered ${response.status}`, retryable);
    }
    const { sid } = (await response.json()) as { sid?: string };
    return { providerMessageId: sid ?? "" };
  },
});

let configured: SmsTransport | undefined;

/** The transport the environment selects. */
export const getSmsTransport = (): SmsTransport => {
  if (configured) return configured;
  const settings = env();
  configured =
    settings.SMS_TRANSPORT === "twilio"
      ? twilioTransport({
          baseUrl: settings.SMS_API_BASE_URL,
          accountSid: settings.SMS_ACCOUNT_SID!,
          authToken: settings.SMS_AUTH_TOKEN!,
          from: settings.SMS_FROM!,
        })
      : logTransport();
  return configured;
};
