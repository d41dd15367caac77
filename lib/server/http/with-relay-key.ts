// The wrapper for the relay's signed requests (../shared/ALERT_API.md):
// media type, size, signature and replay window, per-key rate limit, JSON.
// Routes behind it get a verified key id and the parsed body; every failure
// becomes the contract's status and body here, and nothing is stored.
import { RateLimiterRes } from "rate-limiter-flexible";
import { verifySignature } from "@/lib/alerts/signature";
import { getActiveRelaySecret } from "@/lib/relay-keys/data";
import { touchRelayKey } from "@/lib/relay-keys/mutations";
import { AppError, isAppError } from "@/lib/server/errors";
import { canonicalSha256 } from "./canonical-json";
import { requireJson } from "./parse-body";
import { readBodyLimited } from "./read-body";
import { relayRateLimiter } from "./relay-rate-limit";
import { errorResponse, unavailable } from "./responses";

export const MAX_BODY_BYTES = 64 * 1024;

export type RelayRequest = { keyId: string; body: unknown; bodySha256: string };

const unauthorized = () => new AppError("unauthorized", "unauthorized");

const authenticate = async (request: Request, rawBody: Uint8Array) => {
  const keyId = request.headers.get("x-alert-key");
  const header = request.headers.get("x-alert-signature");
  if (!keyId || !header || keyId.length > 128) throw unauthorized();
  const secret = await getActiveRelaySecret(keyId);
  if (!secret || !verifySignature({ secret, rawBody, header })) throw unauthorized();
  return keyId;
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

export const withRelayKey =
  (handler: (request: RelayRequest) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    try {
      requireJson(request);
      const rawBody = await readBodyLimited(request, MAX_BODY_BYTES);
      const keyId = await authenticate(request, rawBody);
      await consume(keyId);
      const body = parseJson(rawBody);
      const response = await handler({ keyId, body, bodySha256: canonicalSha256(body) });
      // Only accepted requests leave a trace, so a rejected one stores nothing.
      if (response.ok) void touchRelayKey(keyId);
      return response;
    } catch (error) {
      if (isAppError(error)) return errorResponse(error);
      // Anything else is ours (most often the database): the relay must retry,
      // so it is a 503, never a 500 and never a 2xx.
      console.error("[amparo] intake failed", { error: (error as Error)?.message });
      return unavailable();
    }
  };
