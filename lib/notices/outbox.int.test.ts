// The staff-notice outbox against real local receivers: an SMTP server and an
// HTTP push service started here. What arrives names the case, never the
// person; a channel that keeps failing is retried and then marked failed
// while the others go; a push service's 410 retires the subscription.
import { beforeAll, afterAll, describe, expect, it, vi } from "vitest";

// Before any module reads it: the public address the links are built on.
vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "https://amparo.test";
});

import { db } from "@/lib/server/db";
import { SmsSendError, type SmsTransport } from "@/lib/family/transport";
import { createCaseAt, createStaff, ensureNetwork, updatePerson } from "@/lib/server/testing/fixtures";
import { smsChannel } from "./channels/sms";
import { smtpChannel } from "./channels/email";
import { pushChannel } from "./channels/push";
import { vapidSettings } from "./channels";
import type { NoticeChannels } from "./channels/types";
import { enqueueStaffNotices } from "./enqueue";
import { MAX_NOTICE_ATTEMPTS, sendNoticeBatch } from "./outbox";
import { noticeToken } from "./token";
import { pushKeys, startPushReceiver, startSmtpReceiver } from "./testing/receivers";

const PERSON = "María Guadalupe Hernández";

let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let refusingSmtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let push: Awaited<ReturnType<typeof startPushReceiver>>;

beforeAll(async () => {
  await ensureNetwork();
  [smtp, refusingSmtp, push] = await Promise.all([startSmtpReceiver(), startSmtpReceiver({ refuseWith: 554 }), startPushReceiver()]);
});

afterAll(async () => {
  await Promise.all([smtp?.close(), refusingSmtp?.close(), push?.close()]);
});

const smsTransport = (fail: boolean) => {
  const sent: { to: string; body: string }[] = [];
  const transport: SmsTransport = {
    name: "test",
    send: async ({ to, body, idempotencyKey }) => {
      if (fail) throw new SmsSendError("provider answered 503", true);
      sent.push({ to, body });
      return { providerMessageId: idempotencyKey };
    },
  };
  return { transport, sent };
};

const channels = ({ sms, smtpUrl }: { sms: SmsTransport; smtpUrl: string }): NoticeChannels => ({
  SMS: smsChannel(sms),
  EMAIL: smtpChannel({ url: smtpUrl, from: "Amparo <avisos@amparo.test>" }),
  PUSH: pushChannel(vapidSettings()!),
});

/** An on-duty officer with all three channels, and a new case whose person has a name. */
const setUp = async (pushPath: "ok" | "fail" | "gone", locale = "es") => {
  const officer = await createStaff("OFFICER", { consulate: "LAX" });
  const keys = pushKeys();
  const noticeEmail = `guardia-${officer.user.id.slice(0, 8)}@consulado.test`;
  await db.user.update({ where: { id: officer.user.id }, data: { mobilePhone: "+13235550100", noticeEmail, locale } });
  const subscription = await db.pushSubscription.create({
    data: { userId: officer.user.id, endpoint: `${push.base}/${pushPath}/${officer.user.id}`, p256dh: keys.p256dh, auth: keys.auth, label: "Chrome" },
  });
  const c = await createCaseAt({ consulate: "LAX" });
  await updatePerson(c.personId, { fullName: PERSON });
  const queued = await db.$transaction((tx) =>
    enqueueStaffNotices(tx, { caseId: c.id, userIds: [officer.user.id], reason: "UNTAKEN", stepKey: `escalation:${c.id}:amber` }),
  );
  return { officer, keys, noticeEmail, subscription, c, queued };
};

/** Runs the sender until nothing of this case is left to claim, bringing each retry's time forward. */
const drain = async (caseId: string, channelSet: NoticeChannels) => {
  for (let round = 0; round < MAX_NOTICE_ATTEMPTS + 2; round++) {
    await sendNoticeBatch({ channels: channelSet, caseIds: [caseId] });
    await db.staffNotice.updateMany({ where: { caseId, status: "QUEUED" }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
  }
  return db.staffNotice.findMany({ where: { caseId }, orderBy: { channel: "asc" } });
};

const byChannel = <T extends { channel: string }>(rows: T[]) => Object.fromEntries(rows.map((row) => [row.channel, row]));

describe("[ESCALATION] staff notices outside the browser", () => {
  it("delivers an e-mail and a push naming the case, never the person; a failing SMS is retried, then failed, while they go", async () => {
    const { c, keys, noticeEmail, queued } = await setUp("ok");
    expect(queued).toBe(3);
    const sms = smsTransport(true);
    const rows = byChannel(await drain(c.id, channels({ sms: sms.transport, smtpUrl: smtp.url })));

    expect(rows.EMAIL).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(rows.PUSH).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(rows.SMS).toMatchObject({ status: "FAILED", attempts: MAX_NOTICE_ATTEMPTS });
    expect(rows.SMS.lastError).toMatch(/^unreachable: provider answered 503/);
    expect(rows.EMAIL.sentAt).not.toBeNull();

    const mail = smtp.mails.find((m) => m.to.includes(noticeEmail));
    expect(mail).toBeDefined();
    expect(mail!.subject).toBe(`Amparo · Caso nuevo sin tomar · ${c.number}`);
    expect(mail!.text).toContain(`caso ${c.number}, consulado LAX`);
    expect(mail!.text).toContain(`https://amparo.test/n/${noticeToken(rows.EMAIL.id)}`);
    for (const part of [mail!.raw, mail!.subject, mail!.text]) expect(part).not.toMatch(/María|Hern[aá]ndez|Guadalupe/);

    const delivery = push.received.find((r) => r.path === `/ok/${rows.PUSH.userId}`);
    expect(delivery?.headers["content-encoding"]).toBe("aes128gcm");
    expect(delivery?.headers.authorization).toMatch(/^vapid t=/);
    const payload = JSON.parse(keys.decrypt(delivery!.body)) as { title: string; body: string; url: string };
    expect(payload.body).toContain(c.number);
    expect(payload.body).toContain("LAX");
    expect(payload.title).toContain("Caso nuevo sin tomar");
    expect(payload.url).toBe(`https://amparo.test/n/${noticeToken(rows.PUSH.id)}`);
    expect(JSON.stringify(payload)).not.toMatch(/María|Hern[aá]ndez|Guadalupe/);
  });

  it("retries an SMTP server answering 5xx and a push service answering 500, then marks them failed, while the SMS goes", async () => {
    const { c, officer } = await setUp("fail", "en");
    const sms = smsTransport(false);
    const rows = byChannel(await drain(c.id, channels({ sms: sms.transport, smtpUrl: refusingSmtp.url })));

    expect(rows.SMS).toMatchObject({ status: "SENT", attempts: 1 });
    expect(rows.EMAIL).toMatchObject({ status: "FAILED", attempts: MAX_NOTICE_ATTEMPTS, lastError: "rejected: SMTP 554" });
    expect(rows.PUSH).toMatchObject({ status: "FAILED", attempts: MAX_NOTICE_ATTEMPTS, lastError: "rejected: push service answered 500" });
    expect(push.received.filter((r) => r.path === `/fail/${officer.user.id}`)).toHaveLength(MAX_NOTICE_ATTEMPTS);

    // In the officer's language, with the case and a link, and nothing of the person.
    const text = sms.sent.find((s) => s.to === "+13235550100")!.body;
    expect(text).toContain("New case not taken");
    expect(text).toContain(c.number);
    expect(text).toContain(`https://amparo.test/n/${noticeToken(rows.SMS.id)}`);
    expect(text).not.toMatch(/María|Hern[aá]ndez/);
  });

  it("marks a subscription the push service calls gone (410) and fails its notice without a retry", async () => {
    const { c, subscription } = await setUp("gone");
    const rows = byChannel(await drain(c.id, channels({ sms: smsTransport(false).transport, smtpUrl: smtp.url })));

    expect(rows.PUSH).toMatchObject({ status: "FAILED", attempts: 1, lastError: "gone: push service answered 410" });
    expect(rows.SMS.status).toBe("SENT");
    expect(rows.EMAIL.status).toBe("SENT");
    const gone = await db.pushSubscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(gone.goneAt).not.toBeNull();

    // The next step of the same case queues no push for the gone device.
    const next = await db.$transaction((tx) =>
      enqueueStaffNotices(tx, { caseId: c.id, userIds: [subscription.userId], reason: "ESCALATED", stepKey: `escalation:${c.id}:red` }),
    );
    expect(next).toBe(2);
  });

  it("sends each notice once however many senders run side by side", async () => {
    const { c } = await setUp("ok");
    const sms = smsTransport(false);
    const set = channels({ sms: sms.transport, smtpUrl: smtp.url });
    const before = smtp.mails.length;
    await Promise.all([1, 2, 3].map(() => sendNoticeBatch({ channels: set, caseIds: [c.id] })));
    const rows = await db.staffNotice.findMany({ where: { caseId: c.id } });
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ["SENT", 1],
      ["SENT", 1],
      ["SENT", 1],
    ]);
    expect(sms.sent).toHaveLength(1);
    expect(smtp.mails.length - before).toBe(1);
  });
});
