// Signals between instances: a name and a string, handled on this instance at
// once and on every other one through Redis pub/sub (without REDIS_URL, on
// this instance only). Domain modules register their handlers here, so this
// module knows no domain. Delivery is at most once: a signal is for what
// also heals by itself (a cache entry with a short life), never for data.
import { randomUUID } from "node:crypto";
import { getRedis, getRedisPubSub, redisPrefix } from "./redis";
import { errorMessage, log } from "./log";

type Handler = (payload: string) => void;
type Message = { from: string; name: string; payload: string };

// listeningOn: the subscriber connection that carries our channel (a new one after closeRedis()).
type State = { handlers: Map<string, Set<Handler>>; instance: string; listeningOn?: object };

// On globalThis: server.ts listens, while the handlers are registered by
// modules that Next's route handlers load in their own module instances.
const holder = globalThis as unknown as { amparoSignals?: State };
const state = (): State =>
  (holder.amparoSignals ??= { handlers: new Map(), instance: randomUUID() });

const channel = () => `${redisPrefix()}:signal`;

const dispatch = (name: string, payload: string) => {
  for (const handler of state().handlers.get(name) ?? []) {
    try {
      handler(payload);
    } catch (error) {
      log("signals").error({ signal: name, error: errorMessage(error) }, "signal handler failed");
    }
  }
};

/** Registers a handler for a signal; needs no environment, so modules may call it as they load. */
export const onSignal = (name: string, handler: Handler) => {
  const { handlers } = state();
  const set = handlers.get(name) ?? new Set<Handler>();
  set.add(handler);
  handlers.set(name, set);
  return () => void set.delete(handler);
};

/**
 * Handles the signal here, then tells the other instances. Resolves once
 * Redis has taken it (or could not: the others then heal by themselves).
 */
export const sendSignal = async (name: string, payload: string) => {
  dispatch(name, payload);
  const redis = getRedis();
  if (!redis) return;
  const message: Message = { from: state().instance, name, payload };
  await redis.publish(channel(), JSON.stringify(message)).catch((error: Error) => {
    log("signals").error({ signal: name, error: error.message }, "signal not sent to the other instances");
  });
};

/**
 * Subscribes this instance to the others' signals (server.ts, at start).
 * Does not wait for Redis: the subscription is made whenever it answers.
 */
export const listenForSignals = () => {
  const pair = getRedisPubSub();
  const current = state();
  if (!pair || current.listeningOn === pair.sub) return;
  current.listeningOn = pair.sub;
  const subscribed = channel();
  pair.sub.on("message", (from: string, raw: string) => {
    if (from !== subscribed) return;
    try {
      const message = JSON.parse(raw) as Message;
      if (message.from !== current.instance) dispatch(message.name, message.payload);
    } catch {
      // Not ours: someone else publishing on our channel is not worth a crash.
    }
  });
  pair.sub.subscribe(subscribed).catch((error: Error) => {
    log("signals").error({ error: error.message }, "not listening for other instances' signals");
  });
};
