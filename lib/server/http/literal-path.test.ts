import { describe, expect, it } from "vitest";
import { literalPathSegments } from "./literal-path";

describe("literalPathSegments", () => {
  it("takes a segment that does not decode literally, so it decodes to the text that was sent", () => {
    const url = literalPathSegments("/api/v1/cases/%E0%A4%A/notes?q=1");
    expect(url).toBe("/api/v1/cases/%25E0%25A4%25A/notes?q=1");
    expect(decodeURIComponent(url.split("/")[4])).toBe("%E0%A4%A");
    expect(literalPathSegments("/cases/%ZZ")).toBe("/cases/%25ZZ");
    expect(literalPathSegments("/cases/%")).toBe("/cases/%25");
  });

  it("leaves a path that decodes, and any query, as they are", () => {
    for (const url of ["/", "/cases/abc", "/cases/%C3%B1?x=%E0%A4%A", "/api/v1/cases?q=%00", "/cases/a%20b/c"]) {
      expect(literalPathSegments(url)).toBe(url);
    }
  });
});
