// The page's one live connection, shared by its screens: a fake Socket.IO
// client stands in for the server.
import { EventEmitter } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LiveState, Subscriber } from "./use-live-socket";

class FakeSocket extends EventEmitter {
  connected = false;
  active = true;
  disconnected = 0;
  connects = 0;
  emitted: unknown[][] = [];
  override emit(event: string, ...args: unknown[]) {
    this.emitted.push([event, ...args]);
    return true;
  }
  /** What the server makes happen: the listeners hear it. */
  fire(event: string, ...args: unknown[]) {
    return super.emit(event, ...args);
  }
  off(event: string, listener: (...args: unknown[]) => void) {
    return this.removeListener(event, listener);
  }
  connect() {
    this.connects++;
  }
  disconnect() {
    this.disconnected++;
    this.connected = false;
  }
  up() {
    this.connected = true;
    this.fire("connect");
  }
}

const opened: FakeSocket[] = [];
vi.mock("socket.io-client", () => ({
  io: () => {
    const socket = new FakeSocket();
    opened.push(socket);
    return socket;
  },
}));

const { subscribe } = await import("./use-live-socket");

const screen = (extra: { onClose?: (socket: unknown) => void } = {}) => {
  const states: LiveState[] = [];
  const connects: boolean[] = [];
  const events: unknown[] = [];
  const sub: Subscriber = {
    handlers: () => ({ listen: () => undefined, onConnect: (_socket, reconnected) => connects.push(reconnected), ...extra }),
    setState: (state) => states.push(state),
    heardConnect: false,
  };
  const leave = subscribe(sub, (on) => on("case:created", (summary) => events.push(summary)));
  return { states, connects, events, leave };
};

beforeEach(() => {
  opened.length = 0;
  vi.useFakeTimers();
});
// Every test lets all its screens leave: the page's connection then closes, and the next test opens its own.
afterEach(() => {
  vi.runAllTimers();
  vi.useRealTimers();
});

describe("the page's live connection", () => {
  it("is one socket for every screen, each hearing its own events and connections", () => {
    const queue = screen();
    const bell = screen();
    expect(opened).toHaveLength(1);
    const [socket] = opened;
    socket.up();
    expect(queue.connects).toEqual([false]);
    expect(bell.connects).toEqual([false]);
    expect(queue.states.at(-1)).toBe("connected");

    // A screen that comes later hears of the connection at once, as a first one.
    const map = screen();
    expect(map.connects).toEqual([false]);
    expect(map.states).toEqual(["connected"]);

    socket.fire("case:created", { id: "c1" });
    expect([queue.events, bell.events, map.events]).toEqual([[{ id: "c1" }], [{ id: "c1" }], [{ id: "c1" }]]);

    // After a drop, every screen is told it reconnected: events sent meanwhile are lost.
    socket.fire("disconnect", "transport close");
    expect(queue.states.at(-1)).toBe("reconnecting");
    socket.up();
    expect(queue.connects).toEqual([false, true]);
    expect(map.connects).toEqual([false, true]);
    queue.leave();
    bell.leave();
    map.leave();
  });

  it("stops a screen's listeners when it leaves, and closes once the last one has", () => {
    const onClose = vi.fn();
    const queue = screen({ onClose });
    const bell = screen();
    const [socket] = opened;
    socket.up();
    queue.leave();
    expect(onClose).toHaveBeenCalledWith(socket);
    socket.fire("case:created", { id: "c2" });
    expect(queue.events).toEqual([]);
    expect(bell.events).toEqual([{ id: "c2" }]);

    bell.leave();
    vi.runAllTimers();
    expect(socket.disconnected).toBe(1);
    expect(socket.listenerCount("connect")).toBe(0);
    // The next screen opens a new connection.
    screen().leave();
    expect(opened).toHaveLength(2);
  });

  it("keeps the connection when one screen gives way to another", () => {
    const first = screen();
    const [socket] = opened;
    first.leave();
    const next = screen();
    vi.runAllTimers();
    expect(opened).toHaveLength(1);
    expect(socket.disconnected).toBe(0);
    next.leave();
  });

  it("tries again soon after a refusal, then less often", () => {
    const queue = screen();
    const [socket] = opened;
    socket.active = false; // a refusal by the server's middleware: the client does not retry by itself
    socket.fire("connect_error", new Error("unauthorized"));
    expect(queue.states.at(-1)).toBe("connecting");
    vi.advanceTimersByTime(999);
    expect(socket.connects).toBe(0);
    vi.advanceTimersByTime(1);
    expect(socket.connects).toBe(1);
    socket.fire("connect_error", new Error("unauthorized"));
    vi.advanceTimersByTime(2_000);
    expect(socket.connects).toBe(2);
    queue.leave();
  });

  /** A page that was let in, whose socket the server closed and then refused with `reason`. */
  const refusedAfterConnect = (reason: string) => {
    const reload = vi.fn();
    vi.stubGlobal("window", { location: { reload } });
    const queue = screen();
    const [socket] = opened;
    socket.up();
    // The server closed it (the session ended, or its lookup failed), and refuses the way back in.
    socket.connected = false;
    socket.fire("disconnect", "io server disconnect");
    vi.advanceTimersByTime(1_000);
    socket.active = false;
    socket.fire("connect_error", new Error(reason));
    return { queue, socket, reload };
  };

  it("reloads the page, whose render goes to sign-in, when refused after it had been let in", () => {
    try {
      const { queue, socket, reload } = refusedAfterConnect("unauthorized");
      expect(reload).toHaveBeenCalledTimes(1);
      // It stops there: no more tries while the page goes.
      expect(socket.disconnected).toBe(1);
      vi.advanceTimersByTime(10_000);
      expect(socket.connects).toBe(1);
      queue.leave();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("tries again, without reloading, when the server could not look the session up", () => {
    try {
      const { queue, socket, reload } = refusedAfterConnect("unavailable");
      expect(queue.states.at(-1)).toBe("reconnecting");
      vi.advanceTimersByTime(2_000); // the second try in a row waits longer
      expect(socket.connects).toBe(2);
      expect(reload).not.toHaveBeenCalled();
      queue.leave();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
