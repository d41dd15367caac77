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
