// The officer map's read of every open case, in binary. For 50,000 cases the
// JSON took PostgreSQL a quarter of a second to write, the server as long to
// compress, and the browser as long again to parse; these records are written
// by PostgreSQL in a single pass (lib/map/data.ts) and read here with no parse.
//
// Layout, big-endian (PostgreSQL's *send functions):
//   u32 length of the header, then the header: UTF-8 JSON
//     { numbers: string[], owners: (string | null)[] }, one entry per case;
//   then one record of RECORD_BYTES per case, in the same order:
//     16 id (uuid) | i32 lat × 1e5 | i32 lng × 1e5 | f64 alert time, epoch ms |
//     u8 status code | u8 priority code | u8 flags (MAP_FLAGS) | u8 reserved (0)
// Pure: the server, the case worker and the tests share it.
import { CasePriority, CaseStatus } from "@/lib/generated/prisma/enums";
import { MAP_FLAGS, type MapCase } from "./schema";

export const MAP_CASES_CONTENT_TYPE = "application/vnd.amparo.map-cases";
export const RECORD_BYTES = 36;
/** Five decimals are about a metre: more is noise from the phone, and bytes. */
export const COORDINATE_SCALE = 1e5;

/** Status and priority codes are their 1-based positions here (PostgreSQL's array_position). */
export const STATUS_CODES = Object.values(CaseStatus);
export const PRIORITY_CODES = Object.values(CasePriority);

export type MapCasesHeader = { numbers: string[]; owners: (string | null)[] };

// Ids are written as text all at once: hex digits into one buffer, one
// decode, then each id is a slice of that string (a slice costs no copy).
const HEX_DIGITS = new TextEncoder().encode("0123456789abcdef");
const DASH = "-".charCodeAt(0);
const ID_CHARS = 36;

const idsOf = (bytes: Uint8Array, recordsAt: number, count: number) => {
  const text = new Uint8Array(count * ID_CHARS);
  for (let i = 0, at = recordsAt, out = 0; i < count; i++, at += RECORD_BYTES) {
    for (let b = 0; b < 16; b++) {
      if (b === 4 || b === 6 || b === 8 || b === 10) text[out++] = DASH;
      const byte = bytes[at + b];
      text[out++] = HEX_DIGITS[byte >> 4];
      text[out++] = HEX_DIGITS[byte & 15];
    }
  }
  const all = new TextDecoder().decode(text);
  return (i: number) => all.slice(i * ID_CHARS, (i + 1) * ID_CHARS);
};

const codeOf = <T,>(codes: readonly T[], code: number, what: string): T => {
  const value = codes[code - 1];
  if (value === undefined) throw new Error(`map cases: unknown ${what} code ${code}`);
  return value;
};

/** The cases in a read; throws on a body that is cut short or does not add up. */
export const decodeMapCases = (body: ArrayBuffer | Uint8Array): MapCase[] => {
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 4) throw new Error("map cases: no header");
  const headerLength = view.getUint32(0);
  const recordsAt = 4 + headerLength;
  if (recordsAt > bytes.byteLength) throw new Error("map cases: header cut short");
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, recordsAt))) as MapCasesHeader;
  const count = header.numbers.length;
  if (header.owners.length !== count || bytes.byteLength - recordsAt !== count * RECORD_BYTES) {
    throw new Error(`map cases: ${count} cases in the header, ${(bytes.byteLength - recordsAt) / RECORD_BYTES} records`);
  }
  const idAt = idsOf(bytes, recordsAt, count);
  const cases = new Array<MapCase>(count);
  for (let i = 0, at = recordsAt; i < count; i++, at += RECORD_BYTES) {
    const flags = bytes[at + 34];
    const ownerId = header.owners[i];
    cases[i] = {
      id: idAt(i),
      number: header.numbers[i],
      lat: view.getInt32(at + 16) / COORDINATE_SCALE,
      lng: view.getInt32(at + 20) / COORDINATE_SCALE,
      alertAtMs: view.getFloat64(at + 24),
      status: codeOf(STATUS_CODES, bytes[at + 32], "status"),
      priority: codeOf(PRIORITY_CODES, bytes[at + 33], "priority"),
      duress: (flags & MAP_FLAGS.duress) !== 0,
      pressedAgain: (flags & MAP_FLAGS.pressedAgain) !== 0,
      rescinded: (flags & MAP_FLAGS.rescinded) !== 0,
      owned: ownerId !== null,
      ownerId,
    };
  }
  return cases;
};

/** The body for these cases, as PostgreSQL writes it; for tests, and the reference for the SQL. */
export const encodeMapCases = (cases: readonly MapCase[]): Uint8Array => {
  const header = new TextEncoder().encode(
    JSON.stringify({ numbers: cases.map((c) => c.number), owners: cases.map((c) => c.ownerId) } satisfies MapCasesHeader),
  );
  const bytes = new Uint8Array(4 + header.length + cases.length * RECORD_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, header.length);
  bytes.set(header, 4);
  cases.forEach((c, i) => {
    const at = 4 + header.length + i * RECORD_BYTES;
    const hex = c.id.replaceAll("-", "");
    for (let b = 0; b < 16; b++) bytes[at + b] = parseInt(hex.slice(b * 2, b * 2 + 2), 16);
    view.setInt32(at + 16, Math.round(c.lat * COORDINATE_SCALE));
    view.setInt32(at + 20, Math.round(c.lng * COORDINATE_SCALE));
    view.setFloat64(at + 24, c.alertAtMs);
    bytes[at + 32] = STATUS_CODES.indexOf(c.status) + 1;
    bytes[at + 33] = PRIORITY_CODES.indexOf(c.priority) + 1;
    bytes[at + 34] =
      (c.duress ? MAP_FLAGS.duress : 0) | (c.pressedAgain ? MAP_FLAGS.pressedAgain : 0) | (c.rescinded ? MAP_FLAGS.rescinded : 0);
  });
  return bytes;
};
