-- Raid detection (lib/incidents/detection-mutations.ts) reads, every couple
-- of seconds, the located panics of the last raid window that no incident
-- holds yet. Without this index that read walks every consulate's queue index.
CREATE INDEX "cases_unattached_located_alert_at_idx" ON "cases"("alert_at", "consulate_id")
    WHERE "incident_id" IS NULL AND "last_lat" IS NOT NULL;
