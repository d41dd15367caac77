// Socket.IO's adapter: with REDIS_URL, the Redis adapter, so that an event
// sent on one instance reaches the sockets of every instance, and rooms,
// fetchSockets and disconnectSockets span them all; without it, Socket.IO's
// own in-memory adapter (one instance).
import { createAdapter } from "@socket.io/redis-adapter";
import { getRedisPubSub, redisPrefix } from "@/lib/server/redis";

export const socketAdapter = () => {
  const pair = getRedisPubSub();
  if (!pair) return undefined;
  return createAdapter(pair.pub, pair.sub, { key: `${redisPrefix()}:socket.io`, requestsTimeout: 3_000 });
};
