import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/server/http/security-headers";

const nextConfig: NextConfig = {
  // Native and WASM packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "pino", "prom-client"],
  poweredByHeader: false,
  // `npm run demo` opened as http://127.0.0.1:3000 as well as localhost: dev assets must load from both.
  allowedDevOrigins: ["127.0.0.1"],
  typedRoutes: false,
  // `npm run demo` builds on a first run; it leaves type checking to `npm run typecheck` (scripts/demo.ts).
  typescript: { ignoreBuildErrors: process.env.AMPARO_SKIP_TYPECHECK === "1" },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
