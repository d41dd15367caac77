// ESLint for the whole repository (npm run lint; npm test runs it first).
// Next's own rules (React, hooks, accessibility, TypeScript), then the rules
// that keep the layout docs/CONTRIBUTING.md describes: imports run one way,
// the database stays behind data and mutation modules, components stay out
// of lib. Run from the repository's root: with --config, ESLint reads the
// patterns below against the working directory.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Domain folders of lib: what lib/server (infrastructure) must not import.
// (lib/server/layering.test.ts checks the same for relative paths too.)
const DOMAINS = ["alerts", "cases", "client", "consulates", "family", "geo", "i18n", "legal-aid", "map", "notices", "relay-keys", "reports", "users"];

// The database client and Prisma's runtime: only data and mutation modules,
// lib/server, the seed and tests reach them. Types (Prisma.CaseWhereInput,
// enums as types) are free to use anywhere.
const DATABASE = {
  group: ["@/lib/server/db", "@/lib/generated/prisma/client"],
  allowTypeImports: true,
  message: "The database is reached from data and mutation modules (data.ts, mutations.ts, *-data.ts, *-mutations.ts) or lib/server: call one of those.",
};
const COMPONENTS = {
  group: ["@/components/*"],
  message: "lib holds no UI: move what both need into lib, or keep it in components.",
};

export default defineConfig([
  globalIgnores([".next/**", "dist/**", "lib/generated/**", "public/**", "node_modules/**", ".data/**", "test-results/**", "next-env.d.ts"]),
  ...nextVitals,
  ...nextTypescript,
  {
    // Cycles are ours to find: the import plugin need not parse packages (PGlite's bundle overflows its parser).
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      // The React Compiler's rules. The app does not run the compiler, and what
      // they flag here is deliberate: a form reset to the newer version a
      // colleague saved, a clock read once per server render, a map's refs.
      // Turn them on with the compiler.
      "react-hooks/set-state-in-effect": "off",
      "react-hooks/refs": "off",
      "react-hooks/purity": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [COMPONENTS, DATABASE] }] },
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx", "components/shell/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [DATABASE] }] },
  },
  {
    // A desk imports components/ui and lib, never another desk: pages (app/)
    // and the app's frame (components/shell) compose them.
    files: ["components/**/*.ts", "components/**/*.tsx"],
    ignores: ["components/shell/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            DATABASE,
            { regex: "^@/components/(?!ui/)", message: "A desk imports components/ui and lib, never another desk's folder: move what both need to components/ui, or compose them in the page." },
          ],
        },
      ],
    },
  },
  {
    // Where the database is reached from: data and mutation modules (a domain
    // with several names them by role, `detail-data.ts`), tests, and the few
    // modules that are neither: the case-write pipeline every mutation runs
    // through, and the workers that claim and run rows (reminders, the
    // family outbox, the staff-notice outbox).
    files: [
      "lib/**/data.ts",
      "lib/**/mutations.ts",
      "lib/**/*-data.ts",
      "lib/**/*-mutations.ts",
      "lib/cases/write.ts",
      "lib/legal-aid/reminders.ts",
      "lib/family/outbox.ts",
      "lib/notices/outbox.ts",
      "lib/**/*.int.test.ts",
      "lib/server/testing/**",
      "lib/notices/testing/**",
    ],
    rules: { "no-restricted-imports": ["error", { patterns: [COMPONENTS] }] },
  },
  {
    files: ["lib/server/**/*.ts"],
    ignores: ["lib/server/testing/**", "lib/server/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            COMPONENTS,
            {
              group: [...DOMAINS.map((domain) => `@/lib/${domain}/*`), "@/lib/register"],
              message: "lib/server is infrastructure: a domain registers with it instead of being imported by it.",
            },
          ],
        },
      ],
    },
  },
  {
    // Every page of the desk reads personal data and is an audited read
    // (lib/audit/reads.ts): a prefetched link would render it, send it to the
    // browser and write a read the user never made. Links say prefetch={false}.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name='Link']:not(:has(JSXAttribute[name.name='prefetch']))",
          message: "Pass prefetch={false}: a prefetch renders the page, sends its personal data and is audited as a read nobody made.",
        },
      ],
    },
  },
]);
