// The Content-Security-Policy allows no eval (lib/server/http/security-headers.ts).
// Zod 4 probes for it with `Function("")` as it builds its first object schema,
// to compile faster parsers: under the policy the probe fails safely, but the
// browser reports it as a violation on every page. Its plain parsers are fast
// enough for forms, so in the browser it is told not to try. On the server,
// where no policy applies, zod keeps compiling (SSR runs this module too).
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });
