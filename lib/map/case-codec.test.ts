import { describe, expect, it } from "vitest";
import { decodeMapCases, encodeMapCases, RECORD_BYTES } from "./case-codec";
import type { MapCase } from "./schema";

const mapCase = (overrides: Partial<MapCase> = {}): MapCase => ({
  id: "0b7e9c1a-5f3d-4e2b-9a8c-d1e2f3a4b5c6",
  number: "LAX-2026-000001",
  status: "NEW",
  priority: "HIGH",
  duress: false,
  pressedAgain: false,
  rescinded: false,
  owned: false,
  ownerId: null,
  alertAtMs: Date.UTC(2026, 2, 14, 10, 0, 0, 123),
  lat: 34.05,
  lng: -118.24,
  ...overrides,
});

describe("[MAP] the map read's binary records", () => {
  it("gives back every field of every case, negative coordinates and owners included", () => {
    const cases = [
      mapCase(),
      mapCase({
        id: "ffffffff-0000-4000-8000-000000000001",
        number: "LAX-2026-000002",
        status: "REFERRED_LEGAL_AID",
        priority: "CRITICAL",
        duress: true,
        rescinded: true,
        owned: true,
        ownerId: "9d1c2b3a-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
        alertAtMs: Date.UTC(2026, 10, 25, 23, 59, 59, 999),
        lat: -33.45678,
        lng: 151.2,
      }),
      mapCase({ id: "00000000-0000-4000-8000-00000000000a", number: "HOU-2026-000003", pressedAgain: true, priority: "LOW" }),
    ];
    expect(decodeMapCases(encodeMapCases(cases))).toEqual(cases);
  });

  it("reads an empty read as no cases", () => {
    expect(decodeMapCases(encodeMapCases([]))).toEqual([]);
  });

  it("refuses a body cut short or with a record missing, rather than drawing wrong points", () => {
    const body = encodeMapCases([mapCase(), mapCase({ number: "LAX-2026-000002" })]);
    expect(() => decodeMapCases(body.subarray(0, body.length - 1))).toThrow(/2 cases in the header/);
    expect(() => decodeMapCases(body.subarray(0, body.length - RECORD_BYTES))).toThrow(/2 cases in the header, 1 records/);
    expect(() => decodeMapCases(body.subarray(0, 3))).toThrow(/no header/);
    expect(() => decodeMapCases(body.subarray(0, 10))).toThrow(/header cut short/);
  });

  it("refuses a status code it does not know", () => {
    const body = encodeMapCases([mapCase()]);
    body[body.length - RECORD_BYTES + 32] = 99;
    expect(() => decodeMapCases(body)).toThrow(/unknown status code 99/);
  });
});
