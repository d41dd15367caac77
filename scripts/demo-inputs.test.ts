import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildInputsHash } from "./demo-inputs";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A small project tree: what `next build` reads, and what it does not. */
const project = () => {
  const root = mkdtempSync(path.join(tmpdir(), "amparo-inputs-"));
  dirs.push(root);
  const put = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  put("app/page.tsx", "export default () => null;");
  put("lib/cases/data.ts", "export const x = 1;");
  put("lib/cases/data.test.ts", "// a test");
  put("lib/generated/prisma/client.ts", "// generated");
  put("public/map/tiles/0.pbf", "tile");
  put("package-lock.json", "{}");
  return { root, put };
};

describe("buildInputsHash (npm run demo rebuilds when it changes)", () => {
  it("changes with a source, a static file or the lockfile", () => {
    const { root, put } = project();
    const before = buildInputsHash(root);
    put("lib/cases/data.ts", "export const x = 2;");
    const afterSource = buildInputsHash(root);
    expect(afterSource).not.toBe(before);
    put("public/icon.svg", "<svg/>");
    expect(buildInputsHash(root)).not.toBe(afterSource);
    const afterStatic = buildInputsHash(root);
    put("package-lock.json", '{"lockfileVersion":3}');
    expect(buildInputsHash(root)).not.toBe(afterStatic);
  });

  it("stays the same for tests and for what the install generates, so a build is reused", () => {
    const { root, put } = project();
    const before = buildInputsHash(root);
    put("lib/cases/data.test.ts", "// another test");
    put("lib/generated/prisma/client.ts", "// generated again");
    put("public/map/tiles/1.pbf", "another tile");
    expect(buildInputsHash(root)).toBe(before);
  });
});
