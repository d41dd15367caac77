// lib/server is infrastructure: it imports no domain. What it runs for the
// domains is registered with it (lib/register.ts). Until the lint rule lands,
// this reads every import of its code. Its tests and lib/server/testing (test
// support that builds a domain's data) are exempt: the app never loads them.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const server = join(root, "lib/server");
// What lib/server may reach outside itself: the generated Prisma client and the environment.
const allowed = (path: string) => path.startsWith("lib/server/") || path.startsWith("lib/generated/") || /^lib\/env(\.ts)?$/.test(path);

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(server, "testing") ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });

// `from "x"`, `import "x"`, `import("x")`, `require("x")`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;

/** The imports of a file that reach into lib/ outside what is allowed, as repository paths. */
const domainImports = (file: string, text: string) =>
  [...text.matchAll(SPECIFIER)]
    .map(([, specifier]) => specifier)
    .map((specifier) =>
      specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? relative(root, resolve(dirname(file), specifier)) : null,
    )
    .filter((path): path is string => path !== null && path.startsWith("lib/") && !allowed(path));

describe("lib/server's imports", () => {
  it("reach no domain", () => {
    const found = sources(server).flatMap((file) =>
      domainImports(file, readFileSync(file, "utf8")).map((path) => `${relative(root, file)} -> ${path}`),
    );
    expect(found).toEqual([]);
  });

  it("are all seen by this check, in every form an import takes", () => {
    const file = join(server, "realtime/example.ts");
    const text = [
      'import { a } from "@/lib/cases/policy";',
      'import type { B } from "../../legal-aid/events";',
      'import "@/lib/register";',
      'const c = await import("@/lib/family/outbox");',
      'export { d } from "@/lib/relay-keys/data";',
      'import { e } from "@/lib/server/db";',
      'import { f } from "./publish";',
      'import { g } from "@/lib/generated/prisma/enums";',
      'import { env } from "@/lib/env";',
      'import { h } from "socket.io";',
    ].join("\n");
    expect(domainImports(file, text)).toEqual(["lib/cases/policy", "lib/legal-aid/events", "lib/register", "lib/family/outbox", "lib/relay-keys/data"]);
  });
});
