import { z } from "zod";
import { LOCALES } from "./locale";

/** POST /api/v1/preferences/locale */
export const localePreferenceSchema = z.strictObject({ locale: z.enum(LOCALES) });
