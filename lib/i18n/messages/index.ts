import type { Locale } from "../locale";
import { en } from "./en";
import { es, type Messages } from "./es";

export const catalogs: Record<Locale, Messages> = { es, en };
