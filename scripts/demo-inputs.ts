// What `next build` reads, hashed, so that `npm run demo` rebuilds exactly
// when one of them changed: the routed and rendered sources, the static
// files, the configuration and the locked dependencies. Contents, not
// modification times, so a fresh clone or a `git checkout` back and forth
// reuses a build whose sources are the same.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const DIRECTORIES = ["app", "components", "lib", "public"];
const FILES = ["next.config.ts", "tsconfig.json", "package.json", "package-lock.json", "prisma/schema.prisma"];
// Generated at install from package-lock.json and the schema (both hashed), and tests, which no page imports.
const SKIPPED = [/^lib\/generated\//, /^public\/map\//, /\.test\.tsx?$/];

const walk = (root: string, dir: string, into: string[]) => {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = `${dir}/${entry.name}`;
    if (SKIPPED.some((pattern) => pattern.test(entry.isDirectory() ? `${relative}/` : relative))) continue;
    if (entry.isDirectory()) walk(root, relative, into);
    else if (entry.isFile()) into.push(relative);
  }
};

export const buildInputsHash = (root: string) => {
  const files: string[] = [];
  for (const dir of DIRECTORIES) if (existsSync(path.join(root, dir))) walk(root, dir, files);
  for (const file of FILES) if (existsSync(path.join(root, file)) && statSync(path.join(root, file)).isFile()) files.push(file);
  files.sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
};
