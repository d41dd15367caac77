// Bodies of the family-update API. A draft names a template and, for a
// hearing, which one; every value in the message comes from the case record.
import { z } from "zod";
import { FAMILY_LOCALES, FAMILY_TEMPLATES } from "./templates";

export const draftMessageSchema = z.strictObject({
  contactId: z.string().regex(/^\d{1,18}$/),
  template: z.enum(FAMILY_TEMPLATES),
  hearingId: z.uuid().optional(),
});

export const contactLanguageSchema = z.strictObject({ language: z.enum(FAMILY_LOCALES) });
