-- Issue 12: a case referred to legal aid shows who there has it, on the queue
-- and over Socket.IO as on the case page. The queue's summaries (and the
-- intake's, which read this view) carry the legal record's assignee beside the
-- owner, as lib/cases/summary.ts does for the Prisma reads. Keep the two in step.
CREATE OR REPLACE VIEW "case_summaries" AS
SELECT c."id", k."region_id", jsonb_build_object(
    'id', c."id",
    'number', c."number",
    'status', c."status",
    'priority', c."priority",
    'pressCount', c."press_count",
    'pressedAgain', c."pressed_again",
    'duress', c."duress",
    'rescinded', c."rescinded",
    'consulateId', c."consulate_id",
    'consulateCode', k."code",
    'timeZone', k."time_zone",
    'personName', p."full_name",
    'alertAt', "iso_utc"(c."alert_at"),
    'lastEventAt', "iso_utc"(c."last_event_at"),
    'lastLocation', CASE WHEN c."last_lat" IS NULL OR c."last_lng" IS NULL THEN NULL
        ELSE jsonb_build_object('lat', c."last_lat", 'lng', c."last_lng", 'accuracyM', c."last_accuracy_m") END,
    'owner', CASE WHEN c."owner_id" IS NULL OR u."name" IS NULL THEN NULL
        ELSE jsonb_build_object('id', c."owner_id", 'name', u."name") END,
    'acknowledgedAt', "iso_utc"(c."acknowledged_at"),
    'contactedAt', "iso_utc"(c."contacted_at"),
    'outcome', c."outcome",
    'targets', jsonb_build_object(
        'ackAmber', k."ack_amber_minutes", 'ackRed', k."ack_red_minutes",
        'contactAmber', k."contact_amber_minutes", 'contactRed', k."contact_red_minutes"),
    'legalAssignee', CASE WHEN lr."assignee_id" IS NULL OR la."name" IS NULL THEN NULL
        ELSE jsonb_build_object('id', lr."assignee_id", 'name', la."name") END,
    'version', c."version") AS "summary"
FROM "cases" c
JOIN "consulates" k ON k."id" = c."consulate_id"
JOIN "people" p ON p."id" = c."person_id"
LEFT JOIN "users" u ON u."id" = c."owner_id"
LEFT JOIN "legal_records" lr ON lr."case_id" = c."id"
LEFT JOIN "users" la ON la."id" = lr."assignee_id";
