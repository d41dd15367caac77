import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { addressKey, CLIENT_ADDRESS_HEADER, clientAddressOf, resolveClientAddress, stampClientAddress, UNKNOWN_ADDRESS } from "./client-address";

describe("addressKey", () => {
  it("keeps an IPv4 address and unwraps one mapped into IPv6", () => {
    expect(addressKey("203.0.113.7")).toBe("203.0.113.7");
    expect(addressKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts an IPv6 client by its /64, however it is written", () => {
    expect(addressKey("2001:db8:0:42::1")).toBe("2001:db8:0:42::/64");
    expect(addressKey("2001:0DB8:0000:0042:ffff:1:2:3")).toBe("2001:db8:0:42::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(addressKey("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
  });

  it("calls anything else unknown", () => {
    for (const value of [undefined, null, "", "evil", "1.2.3.4.5", "999.1.1.1", "1.2.3.4, 5.6.7.8"]) {
      expect(addressKey(value)).toBe(UNKNOWN_ADDRESS);
    }
  });
});

describe("resolveClientAddress", () => {
  const peer = "10.0.0.2";

  it("ignores X-Forwarded-For unless proxies are trusted", () => {
    expect(resolveClientAddress({ socketAddress: peer, forwardedFor: "198.51.100.1", trustedProxies: 0 })).toBe(peer);
  });

  it("takes the entry the outermost trusted proxy appended, never one the client wrote", () => {
    // The client wrote 1.1.1.1; the one balancer appended what it saw.
    const forwardedFor = "1.1.1.1, 198.51.100.1";
    expect(resolveClientAddress({ socketAddress: peer, forwardedFor, trustedProxies: 1 })).toBe("198.51.100.1");
    expect(resolveClientAddress({ socketAddress: peer, forwardedFor, trustedProxies: 2 })).toBe("1.1.1.1");
    // More hops trusted than there are entries: the furthest one known.
    expect(resolveClientAddress({ socketAddress: peer, forwardedFor, trustedProxies: 5 })).toBe("1.1.1.1");
  });

  it("falls back to the peer without the header, or when the trusted entry is not an address", () => {
    expect(resolveClientAddress({ socketAddress: peer, forwardedFor: undefined, trustedProxies: 1 })).toBe(peer);
    expect(resolveClientAddress({ socketAddress: peer, forwardedFor: "garbage", trustedProxies: 1 })).toBe(peer);
  });
});

describe("stampClientAddress", () => {
  const request = (headers: Record<string, string>) =>
    ({ headers: { ...headers }, socket: { remoteAddress: "::ffff:192.0.2.10" } }) as unknown as IncomingMessage;
  const read = (stamped: IncomingMessage) => clientAddressOf((name) => stamped.headers[name] as string | undefined);

  it("overwrites whatever address a client sent under the internal header", () => {
    const stamped = request({ [CLIENT_ADDRESS_HEADER]: "198.51.100.99", "x-forwarded-for": "198.51.100.98" });
    stampClientAddress(stamped, 0);
    expect(read(stamped)).toBe("192.0.2.10");
  });

  it("believes the proxy's entry when one proxy is trusted", () => {
    const stamped = request({ "x-forwarded-for": "198.51.100.98, 203.0.113.5" });
    stampClientAddress(stamped, 1);
    expect(read(stamped)).toBe("203.0.113.5");
  });

  it("reads as unknown where nothing stamped the request", () => {
    expect(read(request({}))).toBe(UNKNOWN_ADDRESS);
  });
});
