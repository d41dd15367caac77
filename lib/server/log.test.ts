// The logger censors personal fields by name, at the top level and one level
// down, and keeps everything else.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CENSOR, createLogger } from "./log";

const capture = () => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(stream, "trace"), lines };
};

describe("[OPS] log", () => {
  it("writes one JSON line per entry with its area, level name and message", () => {
    const { logger, lines } = capture();
    logger.child({ area: "intake" }).warn({ status: 503 }, "intake failed");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: "warn", area: "intake", status: 503, msg: "intake failed", service: "amparo" });
  });

  it("censors every personal field by name, at the top and one level down", () => {
    const { logger, lines } = capture();
    logger.error(
      {
        fullName: "María Guadalupe Hernández Ruiz",
        phone: "+13235550147",
        curp: "HERM910502MJCRZR08",
        person: { name: "José Hernández", phones: ["+13235550199"], aNumber: "A123456789", birthDate: "1991-05-02", email: "m@example.org" },
        location: { lat: 34.05, lng: -118.24 },
        to: "+13235550147",
        body: "Me detuvieron",
        caseId: "c-1",
      },
      "case written",
    );
    const line = lines.join("");
    for (const secret of ["María", "Hernández", "5550147", "5550199", "HERM910502", "A123456789", "1991-05-02", "example.org", "34.05", "detuvieron"]) {
      expect(line).not.toContain(secret);
    }
    const entry = JSON.parse(line);
    expect(entry).toMatchObject({ fullName: CENSOR, phone: CENSOR, curp: CENSOR, person: { name: CENSOR, phones: CENSOR }, location: CENSOR, caseId: "c-1" });
  });
});
