// A person's age in whole years, from a calendar birth date (stored as a
// date, read as UTC midnight) on a given day. Pure: the raid card and tests share it.

/** Whole years from `birthDate` to `on` (UTC calendar days); null without a date or for one in the future. */
export const ageOn = (birthDate: Date | null, on: Date): number | null => {
  if (!birthDate) return null;
  const years = on.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < birthDate.getUTCMonth() ||
    (on.getUTCMonth() === birthDate.getUTCMonth() && on.getUTCDate() < birthDate.getUTCDate());
  const age = beforeBirthday ? years - 1 : years;
  return age >= 0 ? age : null;
};
