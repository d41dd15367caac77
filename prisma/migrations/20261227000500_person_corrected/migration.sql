-- A correction of a person's data (lib/subjects/mutations.ts) is on the
-- timeline of each of the person's cases: which fields, by whom, never the values.
ALTER TYPE "TimelineKind" ADD VALUE 'PERSON_CORRECTED';
