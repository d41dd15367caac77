// The person's fields a correction may change: the subject view's form, its
// schema and the case timeline's PERSON_CORRECTED line all name them from here.
export const CORRECTABLE_FIELDS = ["fullName", "birthDate", "phone", "curp", "consularIdNumber", "aNumber"] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const isCorrectableField = (value: unknown): value is CorrectableField =>
  typeof value === "string" && (CORRECTABLE_FIELDS as readonly string[]).includes(value);
