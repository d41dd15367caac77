// A county's name and state by its five-digit FIPS code (us-atlas), for
// screens that would otherwise show "condado 06037".
import { loadCounties } from "./counties";

let byFips: ReadonlyMap<string, { name: string; state: string }> | undefined;

export const countyByFips = (fips: string) =>
  (byFips ??= new Map(loadCounties().map((c) => [c.fips, { name: c.name, state: c.state }]))).get(fips) ?? null;
