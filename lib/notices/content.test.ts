// A notice's words: the reason, the case, the consulate and the priority in the
// staff member's language, and the link; nothing else can reach them.
import { describe, expect, it } from "vitest";
import { noticeLink, noticeMessage } from "./content";
import { profileSchema } from "./schema";

const subject = { reason: "ESCALATED", consulateCode: "LAX", caseNumber: "LAX-2026-000123", priority: "CRITICAL" as const };

describe("noticeMessage", () => {
  it("says why, which case, where and how urgent, in Spanish or English, with the link", () => {
    const link = noticeLink("tok", "https://amparo.example/");
    expect(link).toBe("https://amparo.example/n/tok");
    const es = noticeMessage({ subject, locale: "es", link, tag: "t" });
    expect(es).toEqual({
      subject: "Amparo · Caso escalado a supervisión · LAX-2026-000123",
      text: "Amparo: Caso escalado a supervisión: caso LAX-2026-000123, consulado LAX, prioridad Crítica. Atiéndalo aquí:",
      url: link,
      tag: "t",
    });
    expect(noticeMessage({ subject, locale: "en", link, tag: "t" }).text).toBe(
      "Amparo: Case escalated to supervisors: case LAX-2026-000123, consulate LAX, priority Critical. Attend to it here:",
    );
  });

  it("words an incident's notice and an unknown reason without inventing data, and falls back to Spanish", () => {
    const incident = noticeMessage({ subject: { reason: "SOMETHING_NEW", consulateCode: "HOU", caseNumber: null, priority: null }, locale: "fr", link: "l", tag: "t" });
    expect(incident.subject).toBe("Amparo · Aviso · HOU");
    expect(incident.text).toBe("Amparo: Aviso: incidente del consulado HOU. Atiéndalo aquí:");
  });
});

describe("profileSchema", () => {
  const base = { mobilePhone: "+13235550123", noticeEmail: "", notifySms: true, notifyEmail: true };
  it("takes E.164 numbers and clears empty fields", () => {
    expect(profileSchema.parse(base)).toEqual({ ...base, noticeEmail: null });
    expect(profileSchema.parse({ ...base, mobilePhone: "" }).mobilePhone).toBeNull();
  });

  it.each(["3235550123", "+1 323 555 0123", "+0123456789", "+1234567", "+1234567890123456", "+1323555012a"])("refuses %s naming mobilePhone", (mobilePhone) => {
    const parsed = profileSchema.safeParse({ ...base, mobilePhone });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["mobilePhone"]);
  });
});
