import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isAppError } from "@/lib/server/errors";
import { readJsonWith } from "./parse-body";

const schema = z.object({ title: z.string().min(1) });
const post = (body: string, type = "application/json") =>
  new Request("http://x/", { method: "POST", headers: { "Content-Type": type }, body });

const refusal = async (request: Request) => {
  try {
    await readJsonWith(request, schema);
    return null;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { code: error.code, issues: error.issues };
  }
};

describe("readJsonWith", () => {
  it("says a body that is not JSON is not JSON", async () => {
    expect(await refusal(post("{bad json"))).toEqual({ code: "invalid_body", issues: [{ path: "", message: "not valid JSON" }] });
  });

  it("lists the schema's issues for JSON of the wrong shape, and refuses other media types", async () => {
    expect((await refusal(post('{"title":""}')))?.issues).toEqual([expect.objectContaining({ path: "title" })]);
    expect((await refusal(post("{}", "text/plain")))?.code).toBe("unsupported_media_type");
    expect(await readJsonWith(post('{"title":"ok"}'), schema)).toEqual({ title: "ok" });
  });
});

describe("readJsonWith's size limit", () => {
  const sized = (bytes: number) => post(JSON.stringify({ title: "x".repeat(bytes - 12) }));

  it("reads a body up to the limit, and refuses a larger one with a 413 whatever Content-Length says", async () => {
    expect(await readJsonWith(sized(1_000), schema, 1_000)).toEqual({ title: "x".repeat(988) });
    expect((await refusal(sized(64 * 1024 + 1)))?.code).toBe("payload_too_large");
    // Streamed with no Content-Length: the reader stops at the limit.
    const chunks = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(16 * 1024).fill(0x20)),
    });
    const streamed = new Request("http://x/", { method: "POST", headers: { "Content-Type": "application/json" }, body: chunks, duplex: "half" } as RequestInit);
    expect((await refusal(streamed))?.code).toBe("payload_too_large");
  });

  it("says a body that is not UTF-8 is not JSON", async () => {
    const latin1 = new Request("http://x/", { method: "POST", headers: { "Content-Type": "application/json" }, body: new Uint8Array([0x22, 0xe9, 0x22]) });
    expect(await refusal(latin1)).toEqual({ code: "invalid_body", issues: [{ path: "", message: "not valid JSON" }] });
  });
});
