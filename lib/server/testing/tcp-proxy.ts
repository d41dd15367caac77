// A TCP proxy to PostgreSQL (or anything) that a test can cut off and bring
// back, to see the service through an outage without stopping the real
// server, which other runs on the machine share.
import net, { type AddressInfo, type Socket } from "node:net";

export type TcpProxy = {
  port: number;
  /** Drops every open connection; new ones are accepted but never answered (a hung server). */
  block: () => void;
  unblock: () => void;
  close: () => Promise<void>;
};

export const startTcpProxy = async (target: { host: string; port: number }): Promise<TcpProxy> => {
  let blocked = false;
  const open = new Set<Socket>();
  const server = net.createServer((client) => {
    open.add(client);
    client.on("close", () => open.delete(client));
    client.on("error", () => undefined);
    if (blocked) return;
    const upstream = net.connect(target.port, target.host);
    open.add(upstream);
    upstream.on("close", () => open.delete(upstream));
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    block: () => {
      blocked = true;
      for (const socket of open) socket.destroy();
    },
    unblock: () => {
      blocked = false;
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

/** The same database URL, through the proxy. */
export const throughProxy = (url: string, proxy: TcpProxy) => {
  const parsed = new URL(url);
  parsed.hostname = "127.0.0.1";
  parsed.port = String(proxy.port);
  return parsed.toString();
};
