// The headers that lock the browser down, defined once: next.config.ts sets
// the fixed ones on Next's answers, node-reply.ts writes them on server.ts's
// own (the intake, the queue's reads), and server.ts adds to every answer the
// Content-Security-Policy with that request's nonce (browser-policy.ts).

// What the desk never asks the browser for. Audio (the queue's alert beep,
// under `autoplay`), notifications and the clipboard (a new relay key's
// secret) are used, so they stay allowed. Only features Chromium knows: an
// unknown one is an error in every page's console.
const DENIED_FEATURES = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(", ");

/** Two years, subdomains included: browsers then never try this host over plain http. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * The fixed headers. HSTS only in production: a browser that saw it on
 * http://localhost during development would refuse plain http there for two years.
 */
export const securityHeaders = ({ production }: { production: boolean }): Readonly<Record<string, string>> => ({
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": PERMISSIONS_POLICY,
  ...(production ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {}),
});

export const SECURITY_HEADERS = securityHeaders({ production: process.env.NODE_ENV === "production" });

/**
 * The policy for one answer. Scripts run only from a tag that carries this
 * request's nonce (Next puts it on every script it renders, reading it from
 * the request's own Content-Security-Policy header) or that such a script
 * loaded ('strict-dynamic': Next's chunks, MapLibre's worker module); never
 * inline code an attacker wrote into a page, never eval. Development adds
 * 'unsafe-eval', which React's dev build needs to rebuild server stacks.
 *
 * Styles allow 'unsafe-inline': the map legend renders its swatches' colours
 * as style attributes, and a style attribute cannot carry a nonce. A style
 * runs no code, and img-src / connect-src / font-src keep it from calling out.
 *
 * connect-src 'self' covers Socket.IO's same-origin ws:/wss: (CSP level 3
 * matches them to 'self'); a bare `ws:` would allow any host. A Web Push
 * subscription is made by the browser with its own push service, not by a
 * fetch of the page's, so it needs nothing here; the service worker that
 * shows the notices (public/sw.js) is same-origin, under worker-src 'self'.
 */
export const contentSecurityPolicy = ({ nonce, dev }: { nonce: string; dev: boolean }) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
