// Every column that holds personal data, sealed. The legacy sealer
// (legacy-mutations.ts) and the "stored sealed" tests walk this list, and
// docs/privacy.md's inventory follows it: a new personal column belongs here.
export type SealedColumn = {
  table: string;
  column: string;
  /** "text": the column is the envelope; "json": a JSON column whose personal part is under "sealed". */
  form: "text" | "json";
};

export const SEALED_COLUMNS: readonly SealedColumn[] = [
  { table: "people", column: "full_name", form: "text" },
  { table: "people", column: "birth_date", form: "text" },
  { table: "people", column: "phone", form: "text" },
  { table: "people", column: "curp", form: "text" },
  { table: "people", column: "consular_id_number", form: "text" },
  { table: "people", column: "a_number", form: "text" },
  { table: "cases", column: "message", form: "text" },
  { table: "cases", column: "last_location", form: "text" },
  { table: "case_locations", column: "point", form: "text" },
  { table: "case_contacts", column: "name", form: "text" },
  { table: "case_contacts", column: "phone", form: "text" },
  { table: "case_notes", column: "body", form: "text" },
  { table: "case_contact_attempts", column: "contact_name", form: "text" },
  { table: "case_contact_attempts", column: "phone", form: "text" },
  { table: "case_contact_attempts", column: "notes", form: "text" },
  { table: "family_messages", column: "body", form: "text" },
  { table: "family_messages", column: "phone", form: "text" },
  { table: "family_messages", column: "params", form: "json" },
  // A provider's error may quote the number (lib/family/outbox.ts).
  { table: "family_messages", column: "last_error", form: "text" },
  { table: "alert_events", column: "payload", form: "json" },
  { table: "incident_notes", column: "body", form: "text" },
  // A task's title is staff's free text ("Acta de nacimiento de Rosa").
  { table: "case_tasks", column: "title", form: "text" },
  // Staff's free text on a transfer (why it moves, why it was refused) may name the person.
  { table: "case_transfers", column: "reason", form: "text" },
  { table: "case_transfers", column: "decline_reason", form: "text" },
  { table: "person_corrections", column: "before_value", form: "text" },
  { table: "person_corrections", column: "after_value", form: "text" },
  { table: "person_corrections", column: "reason", form: "text" },
];
