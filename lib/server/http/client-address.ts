// The client's address, which the sign-in throttle and the intake's limit
// count by. Next's route handlers never see the TCP peer, so server.ts (the
// one entry point) stamps every request with it, overwriting any header of
// that name a client sent. X-Forwarded-For is believed only for the hops
// TRUST_PROXY names: the entry the outermost trusted proxy appended is the
// client; entries to its left are whatever the client wrote.
// An IPv6 client is counted by its /64, which one host usually holds whole.
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-amparo-client-address";

/** Where no address is known (a route called without server.ts in front, as tests do): one shared bucket. */
export const UNKNOWN_ADDRESS = "unknown";

const MAPPED_V4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** The first four groups of an IPv6 address: its /64. */
const prefix64 = (ip: string) => {
  const [head, tail] = ip.split("%")[0].split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail (64:ff9b::1.2.3.4) stands for two groups.
  const rightGroups = right.length + (right.at(-1)?.includes(".") ? 1 : 0);
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - rightGroups).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`;
};

/** The key an address is counted under, or UNKNOWN_ADDRESS for anything that is not an IP address. */
export const addressKey = (ip: string | undefined | null): string => {
  const trimmed = ip?.trim() ?? "";
  const mapped = MAPPED_V4.exec(trimmed)?.[1];
  if (mapped && isIP(mapped) === 4) return mapped;
  const version = isIP(trimmed.split("%")[0]);
  if (version === 4) return trimmed;
  if (version === 6) return prefix64(trimmed.toLowerCase());
  return UNKNOWN_ADDRESS;
};

type Peer = { socketAddress: string | undefined; forwardedFor: string | undefined; trustedProxies: number };

/** The client's address key: the peer's, or the one the trusted proxies saw. */
export const resolveClientAddress = ({ socketAddress, forwardedFor, trustedProxies }: Peer): string => {
  if (trustedProxies === 0 || !forwardedFor) return addressKey(socketAddress);
  const chain = [...forwardedFor.split(",").map((entry) => entry.trim()).filter(Boolean), socketAddress ?? ""];
  const client = addressKey(chain[Math.max(0, chain.length - 1 - trustedProxies)]);
  // A proxy that wrote something unreadable is not believed either.
  return client === UNKNOWN_ADDRESS ? addressKey(socketAddress) : client;
};

/** server.ts, before anything reads the request; `trustedProxies` is TRUST_PROXY. */
export const stampClientAddress = (request: IncomingMessage, trustedProxies: number) => {
  const forwarded = request.headers["x-forwarded-for"];
  request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    trustedProxies,
  });
};

/** The stamped address, from a request's headers. */
export const clientAddressOf = (header: (name: string) => string | null | undefined): string =>
  header(CLIENT_ADDRESS_HEADER) || UNKNOWN_ADDRESS;

/** The stamped address of a fetch Request (a Next route's). */
export const requestAddress = (request: Request): string => clientAddressOf((name) => request.headers.get(name));
