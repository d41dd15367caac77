import { describe, expect, it } from "vitest";
import {
  HOTSPOTS,
  buildCurp,
  createFaker,
  distanceKm,
  fakeCancel,
  fakeLocationUpdate,
  fakePanic,
} from "./fake";
import { CONSULATES } from "../../consulates/network";
import type { LatLng } from "../../geo/distance";
import { alertEventSchema, panicEventSchema } from "../schema";

// The schema's CURP pattern, repeated so that a looser schema cannot make a
// bad CURP pass unnoticed.
const CURP = /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d$/;

const expectValid = (event: unknown) => {
  const parsed = alertEventSchema.safeParse(event);
  if (!parsed.success) throw new Error(`${JSON.stringify(event)}\n${parsed.error.message}`);
};

describe("fake events", () => {
  it("500 panics, location updates and cancels all pass the schema", () => {
    const faker = createFaker(42);
    for (let i = 0; i < 500; i++) {
      const panic = fakePanic(faker);
      expectValid(panic);
      const from: LatLng = panic.location ?? HOTSPOTS[0];
      expectValid(fakeLocationUpdate(faker, { alertId: panic.alertId, from }));
      expectValid(fakeCancel(faker, { alertId: panic.alertId, duress: i % 7 === 0 }));
    }
  });

  it("gives every panic a CURP that matches the schema and the person", () => {
    const faker = createFaker(7);
    for (let i = 0; i < 500; i++) {
      const { person } = panicEventSchema.parse(fakePanic(faker));
      expect(person.curp).toMatch(CURP);
      const curp = person.curp!;
      expect(curp.slice(4, 10)).toBe(person.birthDate!.slice(2).replace(/-/g, ""));
      const surnames = person.fullName.split(" ").slice(-2);
      expect(curp[0]).toBe(surnames[0].normalize("NFD")[0].toUpperCase());
      expect(curp[2]).toBe(surnames[1].normalize("NFD")[0].toUpperCase());
    }
  });

  it("follows RENAPO's rules for María/José, Ñ and rude words", () => {
    const base = { birthDate: "1991-05-02", sex: "M", state: "JC", homoclave: "0" } as const;
    const curp = buildCurp({ ...base, given: ["María", "Guadalupe"], paternal: "Hernández", maternal: "Ruiz" });
    expect(curp.slice(0, 17)).toBe("HERG910502MJCRZD0");
    expect(buildCurp({ ...base, given: ["Ana"], paternal: "Muñoz", maternal: "Peña" }).slice(13, 16)).toBe("XXN");
    expect(buildCurp({ ...base, given: ["Óscar"], paternal: "Cruz", maternal: "López", sex: "H" }).slice(0, 4)).toBe(
      "CXLO",
    );
  });

  it("reproduces a published CURP, check digit included", () => {
    // The worked example on Wikipedia's "Clave Única de Registro de Población" page.
    const curp = buildCurp({
      given: ["Gloria"],
      paternal: "Hernández",
      maternal: "García",
      birthDate: "1956-04-27",
      sex: "M",
      state: "VZ",
      homoclave: "0",
    });
    expect(curp).toBe("HEGG560427MVZRRL04");
  });

  it("reproduces the same people from the same seed", () => {
    const names = (seed: number) => {
      const faker = createFaker(seed);
      return Array.from({ length: 50 }, () => fakePanic(faker).person.fullName);
    };
    expect(names(123)).toEqual(names(123));
    expect(names(123)).not.toEqual(names(124));
  });

  it("writes Spanish names with accents and two surnames", () => {
    const faker = createFaker(1);
    const names = Array.from({ length: 200 }, () => fakePanic(faker).person.fullName);
    expect(names.some((n) => /[áéíóúñÁÉÍÓÚ]/.test(n))).toBe(true);
    for (const name of names) expect(name.split(" ").length).toBeGreaterThanOrEqual(3);
  });

  it("places alerts near a consulate city, most of all Los Angeles", () => {
    const faker = createFaker(3);
    const panics = Array.from({ length: 1000 }, () => fakePanic(faker));
    const located = panics.flatMap((p) => (p.location ? [p.location] : []));
    expect(located.length).toBeGreaterThan(900);
    expect(located.length).toBeLessThan(1000);
    for (const point of located) {
      expect(Math.min(...HOTSPOTS.map((h) => distanceKm(point, h)))).toBeLessThan(25);
    }
    const nearLa = located.filter((p) => distanceKm(p, HOTSPOTS[0]) < 25).length;
    expect(nearLa / located.length).toBeGreaterThan(0.12);
  });

  it("registers people only at consulates the network knows", () => {
    const known = new Set(CONSULATES.map((c) => c.code));
    for (const hotspot of HOTSPOTS) expect(known, hotspot.code).toContain(hotspot.code);
  });

  it("keeps every alert around `near` when asked (a raid)", () => {
    const faker = createFaker(9);
    const near = { lat: 36.7378, lng: -119.7871 };
    for (let i = 0; i < 200; i++) {
      const { location, person } = fakePanic(faker, { near, location: undefined });
      if (location) expect(distanceKm(location, near)).toBeLessThan(5);
      expect(person.phone).toMatch(/^\+155955501\d\d$/);
    }
  });

  it("honours explicit ids, a null location and a reused person", () => {
    const faker = createFaker(5);
    const first = fakePanic(faker, { appUserId: "u_fixed" });
    const alertId = "5f1d2c3b-8a4e-4c2b-9f3e-2a1b0c9d8e7f";
    const again = fakePanic(faker, { person: first.person, alertId, location: null });
    expect(first.person.appUserId).toBe("u_fixed");
    expect(again.person).toEqual(first.person);
    expect(again.alertId).toBe(alertId);
    expect(again.location).toBeNull();
    expect(again.eventId).not.toBe(first.eventId);
  });

  it("moves a location update a few hundred metres to a few km", () => {
    const faker = createFaker(11);
    const from = { lat: 29.76, lng: -95.37 };
    for (let i = 0; i < 200; i++) {
      const km = distanceKm(fakeLocationUpdate(faker, { alertId: "a", from }).location, from);
      expect(km).toBeGreaterThan(0.15);
      expect(km).toBeLessThan(3.1);
    }
  });

  it("stamps events a few seconds before now, and the fix no later than the event", () => {
    const faker = createFaker(13);
    for (let i = 0; i < 100; i++) {
      const panic = fakePanic(faker, { location: { lat: 34, lng: -118 } });
      const occurred = Date.parse(panic.occurredAt);
      expect(Date.now() - occurred).toBeGreaterThanOrEqual(0);
      expect(Date.now() - occurred).toBeLessThan(10_000);
      expect(Date.parse(panic.location!.capturedAt!)).toBeLessThanOrEqual(occurred);
    }
  });

  it("cancels with a reason and passes duress through", () => {
    const faker = createFaker(17);
    expect(fakeCancel(faker, { alertId: "a" }).duress).toBe(false);
    expect(fakeCancel(faker, { alertId: "a", duress: true }).duress).toBe(true);
    const reasons = new Set(Array.from({ length: 50 }, () => fakeCancel(faker, { alertId: "a" }).reason));
    expect(reasons).toEqual(new Set(["safe", "mistake"]));
  });
});
