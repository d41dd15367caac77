// What the benchmarks share: signed relay requests, and child processes that
// are started and stopped by their own pid (never by name).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { signBody } from "@/lib/alerts/signature";

/** The demo relay key the seed creates (never in production). */
export const DEMO_KEY = { id: "demo-relay", secret: "demo-relay-secret" };

const NAMES = ["María Guadalupe Hernández Ruiz", "José Luis Martínez Peña", "Ana Sofía Ramírez Núñez", "Juan Carlos Gómez Ávila"];

/** A new panic of a new person, somewhere in Los Angeles County. */
export const benchPanicBody = () => {
  const now = new Date().toISOString();
  return JSON.stringify({
    eventId: randomUUID(),
    type: "panic",
    alertId: randomUUID(),
    occurredAt: now,
    person: {
      appUserId: `bench_${randomBytes(8).toString("hex")}`,
      fullName: NAMES[Math.floor(Math.random() * NAMES.length)],
      phone: "+13235550147",
      preferredLanguage: "es",
      registeredConsulate: "LAX",
    },
    location: { lat: 34.0 + Math.random() * 0.1, lng: -118.3 + Math.random() * 0.1, accuracyM: 35, capturedAt: now },
    contacts: [{ name: "José Hernández", phone: "+13235550199", relationship: "spouse", notified: true }],
    message: "Me detuvieron en el trabajo. Avisen al consulado.",
  });
};

export const signedHeaders = (key: { id: string; secret: string }, body: string) => ({
  "content-type": "application/json",
  "x-alert-key": key.id,
  "x-alert-signature": signBody({ secret: key.secret, body }),
});

/** Starts one process (its output goes to ours, prefixed by nothing) and keeps its pid. */
export const startProcess = (command: string, args: string[], env: Record<string, string>): ChildProcess =>
  spawn(command, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });

/** Stops the process we started, by its pid; SIGKILL if it has not exited after 10 s. */
export const stopProcess = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });

/** Waits until `url` answers (2xx, or anything with anyStatus), for at most a minute. */
export const waitFor = async (url: string, what: string, { anyStatus = false } = {}) => {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(url).then((r) => anyStatus || r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not answer on ${url}`);
};
