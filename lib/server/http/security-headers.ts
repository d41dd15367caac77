// The headers every answer carries: next.config.ts sets them on Next's, and
// server.ts's own answers (the intake, the queue's reads) write them too.
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
};
