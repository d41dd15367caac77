import { describe, expect, it, vi } from "vitest";
import { logTransport, SmsSendError, twilioTransport } from "./transport";

describe("SMS transports", () => {
  it("the log transport writes the message with the phone masked", async () => {
    const log = vi.fn();
    const result = await logTransport(log).send({ to: "+13235550199", body: "Hola", idempotencyKey: "m1" });
    expect(result).toEqual({ providerMessageId: "log-m1" });
    expect(log).toHaveBeenCalledWith("[amparo] sms (log transport)", { to: "+•••••••0199", idempotencyKey: "m1", body: "Hola" });
  });

  it("the Twilio adapter posts the form with basic auth and the idempotency token", async () => {
    const fetchImpl = vi.fn(async () => Response.json({ sid: "SM123" }, { status: 201 }));
    const transport = twilioTransport({ baseUrl: "https://sms.example/", accountSid: "AC1", authToken: "t", from: "+15550001111", fetchImpl });
    await expect(transport.send({ to: "+13235550199", body: "Hola", idempotencyKey: "m1" })).resolves.toEqual({ providerMessageId: "SM123" });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("https://sms.example/2010-04-01/Accounts/AC1/Messages.json");
    expect((init.headers as Record<string, string>)["i-twilio-idempotency-token"]).toBe("m1");
    expect(String(init.body)).toBe("To=%2B13235550199&From=%2B15550001111&Body=Hola");
  });

  it("tells a retryable provider error from a final one", async () => {
    const answer = (status: number) =>
      twilioTransport({ baseUrl: "https://sms.example", accountSid: "AC1", authToken: "t", from: "+1", fetchImpl: async () => new Response("", { status }) });
    await expect(answer(503).send({ to: "+1", body: "x", idempotencyKey: "k" })).rejects.toMatchObject({ retryable: true });
    await expect(answer(400).send({ to: "+1", body: "x", idempotencyKey: "k" })).rejects.toBeInstanceOf(SmsSendError);
    await expect(answer(400).send({ to: "+1", body: "x", idempotencyKey: "k" })).rejects.toMatchObject({ retryable: false });
  });
});
