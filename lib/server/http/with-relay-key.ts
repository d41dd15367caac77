// The wrapper for the relay's signed requests (docs/alert-api.md):
// media type, size, signature and replay window, per-key rate limit, JSON,
// and ahead of them the limit on failures per client address.
// Routes behind it get a verified key id and the parsed body; every failure
// becomes the contract's status and body here, and nothing is stored. The
// body's canonical hash is the route's to take, after its schema passed: the
// schema bounds the body's depth, and the hash walks the body recursively.
// The keys are the relay-keys domain's: it registers their lookup here.
import type { IncomingMessage, ServerResponse } from "node:http";
import { RateLimiterRes } from "rate-limiter-flexible";
import { AppError, isAppError } from "@/lib/server/errors";
import { countIntake } from "@/lib/server/metrics";
import { registration } from "@/lib/server/registration";
import { clientAddressOf } from "./client-address";
import { intakeAddressLimit } from "./intake-address-limit";
import { writeNodeReply } from "./node-reply";
import { requireJsonType } from "./parse-body";
import { readBodyLimited, readNodeBodyLimited } from "./read-body";
import { verifySignature } from "./relay-signature";
import { errorReply, toResponse, unavailableReply, type Reply } from "./responses";
import { relayRateLimiter } from "./relay-rate-limit";
import { errorMessage, log } from "@/lib/server/log";

export const MAX_BODY_BYTES = 64 * 1024;

export type RelayRequest = { keyId: string; body: unknown };
type RelayHandler = (request: RelayRequest) => Promise<Reply>;

/** A relay request, whichever server received it. */
type Incoming = { header: (name: string) => string | null; readBody: (limit: number) => Promise<Uint8Array> };

export type RelayKeyLookup = {
  /** The clear secret of an active key, or null when unknown or revoked. */
  activeSecret: (keyId: string) => Promise<string | null>;
  /** Records that an accepted request used the key. */
  touch: (keyId: string) => Promise<void>;
  /** Whether the key was active here lately, answered from memory. */
  isKnown: (keyId: string) => boolean;
};

const relayKeys = registration<RelayKeyLookup>("relay key lookup");
export const registerRelayKeys = relayKeys.register;

const unauthorized = () => new AppError("unauthorized", "unauthorized");

const authenticate = async (keys: RelayKeyLookup, incoming: Incoming, rawBody: Uint8Array, address: string) => {
  const keyId = incoming.header("x-alert-key");
  const header = incoming.header("x-alert-signature");
  const secret = keyId && header && keyId.length <= 128 ? await keys.activeSecret(keyId) : null;
  if (keyId && header && secret && verifySignature({ secret, rawBody, header })) return keyId;
  await intakeAddressLimit().countFailure(address);
  throw unauthorized();
};

const consume = async (keyId: string) => {
  try {
    await relayRateLimiter().consume(keyId);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw new AppError("rate_limited", "rate_limited", { retryAfterSeconds: rejection.msBeforeNext / 1000 });
    }
    throw rejection;
  }
};

const parseJson = (rawBody: Uint8Array) => {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(rawBody)) as unknown;
  } catch {
    throw new AppError("invalid_body", "Body is not JSON", {
      issues: [{ path: "", message: "the body is not valid UTF-8 JSON" }],
    });
  }
};

// Every answer is counted by status, with its latency (lib/server/metrics.ts).
const answer = async (handler: RelayHandler, incoming: Incoming): Promise<Reply> => {
  const startedAt = performance.now();
  const reply = await decide(handler, incoming);
  countIntake(reply.status, startedAt);
  return reply;
};

const decide = async (handler: RelayHandler, incoming: Incoming): Promise<Reply> => {
  // Outside the try: a missing registration is a broken deployment, not a 503 to retry.
  const keys = relayKeys.get();
  const address = clientAddressOf(incoming.header);
  try {
    // A blocked address is refused before its body is read, unless it names a
    // key this instance holds: behind a balancer without TRUST_PROXY the relay
    // and a flood share one address, and the flood must not silence the relay.
    const blocked = intakeAddressLimit().blocked(address);
    const keyId = incoming.header("x-alert-key");
    if (blocked && !(keyId && keys.isKnown(keyId))) throw blocked;
    requireJsonType(incoming.header("content-type"));
    const rawBody = await incoming.readBody(MAX_BODY_BYTES);
    const verifiedKeyId = await authenticate(keys, incoming, rawBody, address);
    await consume(verifiedKeyId);
    const body = parseJson(rawBody);
    const reply = await handler({ keyId: verifiedKeyId, body });
    // Only accepted requests leave a trace, so a rejected one stores nothing.
    if (reply.status < 300) void keys.touch(verifiedKeyId);
    return reply;
  } catch (error) {
    if (isAppError(error)) return errorReply(error);
    // Anything else is ours (most often the database): the relay must retry,
    // so it is a 503, never a 500 and never a 2xx.
    log("intake").error({ error: errorMessage(error) }, "intake failed");
    return unavailableReply();
  }
};

const nodeHeader = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? null);
};

/**
 * One relay route, for both servers that can receive it: `web` for Next's
 * route file, `node` for server.ts, which mounts the intake ahead of Next's
 * router (docs/performance.md has the measurement that decided it).
 */
export const withRelayKey = (handler: RelayHandler) => ({
  web: async (request: Request): Promise<Response> =>
    toResponse(
      await answer(handler, {
        header: (name) => request.headers.get(name),
        readBody: (limit) => readBodyLimited(request, limit),
      }),
    ),
  node: async (request: IncomingMessage, response: ServerResponse) => {
    let readWhole = false;
    const reply = await answer(handler, {
      header: (name) => nodeHeader(request, name),
      readBody: async (limit) => {
        const body = await readNodeBodyLimited(request, limit);
        readWhole = true;
        return body;
      },
    });
    // A body left unread (too large, or refused before reading) cannot be
    // skipped on a kept-alive connection: close it after the answer.
    await writeNodeReply(request, response, reply, readWhole ? {} : { Connection: "close" });
  },
});
