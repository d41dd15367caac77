"use client";
import { useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/cases/events";

export type LiveState = "connecting" | "connected" | "reconnecting";
export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Adds a listener for one of the server's events; it is removed when the screen leaves. */
export type Listen = <E extends keyof ServerToClientEvents>(event: E, listener: ServerToClientEvents[E]) => void;

type LiveSocketHandlers = {
  /** Registers this screen's listeners, once per subscription. */
  listen: (on: Listen) => void;
  /**
   * Every connection, and at once when the page's connection is already up:
   * events sent while disconnected are lost, so catch up here. `reconnected`
   * is false the first time this screen hears of a connection.
   */
  onConnect?: (socket: AppSocket, reconnected: boolean) => void;
  onDisconnect?: () => void;
  /** The screen leaves (unmount, or another key). */
  onClose?: (socket: AppSocket) => void;
};

// After a refusal, try again soon, then less often: 1 s, 2 s, 4 s, then every 5 s.
const retryDelay = (attempt: number) => Math.min(5_000, 1_000 * 2 ** attempt);

/** The latest value of something a long-lived listener must read. */
export const useLatest = <T,>(value: T) => {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
};

export type Subscriber = {
  handlers: () => LiveSocketHandlers;
  setState: (state: LiveState) => void;
  heardConnect: boolean;
};

type Connection = {
  socket: AppSocket;
  subscribers: Set<Subscriber>;
  state: LiveState;
  /** Stops retrying and disconnects. */
  shut: () => void;
  closing?: ReturnType<typeof setTimeout>;
};

// One connection per page, shared by every live screen on it (the queue, its
// map, the reminders bell, a case's room): the server authenticates and places
// one socket, not three. The server picks its rooms from the session.
let connection: Connection | null = null;

const connected = (conn: Connection, sub: Subscriber) => {
  sub.handlers().onConnect?.(conn.socket, sub.heardConnect);
  sub.heardConnect = true;
};

/**
 * Opens the page's connection. It keeps trying after the server drops or
 * refuses it (a restart, a failed session lookup): an officer's screen must
 * not go quiet for good. Only an ended session stops it.
 */
const open = (): Connection => {
  const socket: AppSocket = io({ transports: ["websocket", "polling"] });
  let everConnected = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const conn: Connection = {
    socket,
    subscribers: new Set(),
    state: "connecting",
    shut: () => {
      clearTimeout(retry);
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
  let attempts = 0;
  const retryLater = () => {
    clearTimeout(retry);
    retry = setTimeout(() => socket.connect(), retryDelay(attempts++));
  };
  const setState = (state: LiveState) => {
    conn.state = state;
    for (const sub of conn.subscribers) sub.setState(state);
  };
  socket.on("connect", () => {
    attempts = 0;
    everConnected = true;
    setState("connected");
    for (const sub of conn.subscribers) connected(conn, sub);
  });
  socket.on("disconnect", (reason) => {
    setState("reconnecting");
    for (const sub of conn.subscribers) sub.handlers().onDisconnect?.();
    if (reason === "io server disconnect") retryLater();
  });
  socket.on("connect_error", (error) => {
    // Refused after it had been let in: the session has ended (signed out,
    // disabled, moved, or past its lifetime), and the page's own render sends
    // the user to sign in. Not on a first refusal: the page was rendered with
    // a session a moment ago, and a page whose socket never gets in must not reload forever.
    if (error.message === "unauthorized" && everConnected) {
      conn.shut();
      return window.location.reload();
    }
    setState(everConnected ? "reconnecting" : "connecting");
    if (!socket.active) retryLater();
  });
  return conn;
};

/** Joins the page's connection (opening it if need be); returns the way out. Exported for its tests. */
export const subscribe = (sub: Subscriber, listen: (on: Listen) => void) => {
  connection ??= open();
  const conn = connection;
  clearTimeout(conn.closing);
  conn.subscribers.add(sub);
  const added: [keyof ServerToClientEvents, (...args: never[]) => void][] = [];
  listen((event, listener) => {
    conn.socket.on(event, listener as never);
    added.push([event, listener as (...args: never[]) => void]);
  });
  sub.setState(conn.state);
  if (conn.socket.connected) connected(conn, sub);
  return () => {
    sub.handlers().onClose?.(conn.socket);
    for (const [event, listener] of added) conn.socket.off(event, listener as never);
    conn.subscribers.delete(sub);
    if (conn.subscribers.size > 0) return;
    // Closed a moment later: a page that swaps one live screen for another keeps its connection.
    conn.closing = setTimeout(() => {
      if (conn.subscribers.size > 0) return;
      conn.shut();
      if (connection === conn) connection = null;
    }, 0);
  };
};

/**
 * This screen's part of the page's live connection, for as long as `key`
 * stays the same: its listeners, and what it must do on each connection.
 */
export const useLiveSocket = (handlers: LiveSocketHandlers, key = ""): LiveState => {
  const [state, setState] = useState<LiveState>("connecting");
  const latest = useLatest(handlers);

  useEffect(() => {
    const sub: Subscriber = { handlers: () => latest.current, setState, heardConnect: false };
    return subscribe(sub, latest.current.listen);
  }, [key, latest]);

  return state;
};
