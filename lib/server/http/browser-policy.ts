// server.ts's listener, wrapped so that every answer carries a
// Content-Security-Policy with a nonce of its own. This project has no
// proxy.ts (the top level is fixed), so the nonce is made here: Next reads it
// from the request's Content-Security-Policy header and puts it on every
// script a page renders; the same policy goes out on the answer.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { contentSecurityPolicy } from "./security-headers";

/** 128 random bits in base64, the form Next's nonce parser accepts. */
const newNonce = () => randomBytes(16).toString("base64");

export const withBrowserPolicy =
  (listener: (request: IncomingMessage, response: ServerResponse) => void, { dev }: { dev: boolean }): RequestListener =>
  (request, response) => {
    const policy = contentSecurityPolicy({ nonce: newNonce(), dev });
    // Replaces whatever the client sent: Next must never render a nonce the client chose.
    request.headers["content-security-policy"] = policy;
    response.setHeader("Content-Security-Policy", policy);
    listener(request, response);
  };
