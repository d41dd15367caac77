-- Personal data sealed at rest (issue 15, docs/privacy.md): from here on the
-- columns below hold AES-256-GCM envelopes written by the app
-- (lib/privacy/keyring.ts: pv1.<data key>.<iv>.<tag>.<ciphertext>), never
-- clear text. PostgreSQL cannot seal (the keys never reach it), so rows
-- written before this migration are sealed by the app as it starts
-- (lib/privacy/legacy-mutations.ts), which then empties the old clear columns
-- kept below as legacy_*; a later migration drops those.

-- The clear search key's triggers read the columns changed below: they go first.
DROP TRIGGER "cases_search_key" ON "cases";
DROP TRIGGER "people_search_key" ON "people";
DROP FUNCTION "cases_set_search_key"();
DROP FUNCTION "people_refresh_search_key"();
DROP FUNCTION "case_search_key"(text, text, text, text);

-- People: every personal field is a sealed TEXT. The A-number's uniqueness
-- moves to its blind index; search moves from a clear copy to blind tokens.
ALTER TABLE "people" ALTER COLUMN "full_name" DROP NOT NULL;
ALTER TABLE "people" ALTER COLUMN "birth_date" TYPE TEXT USING to_char("birth_date", 'YYYY-MM-DD');
ALTER TABLE "people" ALTER COLUMN "curp" TYPE TEXT;
ALTER TABLE "people" DROP CONSTRAINT "people_a_number_check";
DROP INDEX "people_a_number_key";
ALTER TABLE "people" ALTER COLUMN "a_number" TYPE TEXT;
ALTER TABLE "people" ADD COLUMN "a_number_bidx" TEXT;
CREATE UNIQUE INDEX "people_a_number_bidx_key" ON "people"("a_number_bidx");
ALTER TABLE "people" ADD COLUMN "search_tokens" TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX "people_search_tokens_idx" ON "people" USING GIN ("search_tokens");

-- The queue's search: the clear search_key (folded name, phone, CURP) goes;
-- cases carry their person's blind tokens, copied by triggers as before.
DROP INDEX "cases_search_key_open_idx";
DROP INDEX "cases_search_key_ended_idx";
ALTER TABLE "cases" DROP COLUMN "search_key";
ALTER TABLE "cases" ADD COLUMN "search_tokens" TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX "cases_search_tokens_open_idx" ON "cases" USING GIN ("search_tokens")
    WHERE "status" IN ('NEW', 'ACKNOWLEDGED', 'IN_CONTACT', 'DETENTION_CONFIRMED', 'REFERRED_LEGAL_AID');
CREATE INDEX "cases_search_tokens_ended_idx" ON "cases" USING GIN ("search_tokens")
    WHERE "status" IN ('NOT_DETAINED', 'RESCINDED', 'CLOSED');

CREATE FUNCTION "cases_copy_search_tokens"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    SELECT p."search_tokens" INTO NEW."search_tokens" FROM "people" p WHERE p."id" = NEW."person_id";
    NEW."search_tokens" := COALESCE(NEW."search_tokens", '{}');
    RETURN NEW;
END;
$$;
CREATE TRIGGER "cases_search_tokens" BEFORE INSERT OR UPDATE OF "person_id" ON "cases"
    FOR EACH ROW EXECUTE FUNCTION "cases_copy_search_tokens"();

CREATE FUNCTION "people_push_search_tokens"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "cases" SET "search_tokens" = NEW."search_tokens" WHERE "person_id" = NEW."id";
    RETURN NULL;
END;
$$;
CREATE TRIGGER "people_search_tokens" AFTER UPDATE OF "search_tokens" ON "people"
    FOR EACH ROW WHEN (OLD."search_tokens" IS DISTINCT FROM NEW."search_tokens")
    EXECUTE FUNCTION "people_push_search_tokens"();

-- A press that leaves a field out keeps what an earlier press said: tokens of
-- the kinds the new press brings ("n:" name, "p:" phone, "c:" CURP) replace
-- those kinds, the other kinds (an A-number, "a:") stay.
CREATE FUNCTION "merge_search_tokens"(p_old TEXT[], p_new TEXT[]) RETURNS TEXT[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY(
        SELECT t FROM unnest(p_new) t
        UNION
        SELECT t FROM unnest(p_old) t WHERE left(t, 2) NOT IN (SELECT left(n, 2) FROM unnest(p_new) n))
$$;

-- Cases: the person's message sealed; the exact last
-- position one sealed {lat,lng,accuracyM}; the county of the alert kept in
-- clear (what retention keeps once exact points go).
ALTER TABLE "cases" ADD COLUMN "last_location" TEXT;
ALTER TABLE "cases" ADD COLUMN "county_fips" CHAR(5);
ALTER TABLE "cases" RENAME COLUMN "last_lat" TO "legacy_last_lat";
ALTER TABLE "cases" RENAME COLUMN "last_lng" TO "legacy_last_lng";
ALTER TABLE "cases" RENAME COLUMN "last_accuracy_m" TO "legacy_last_accuracy_m";
DROP INDEX "cases_unattached_located_alert_at_idx";
CREATE INDEX "cases_unattached_located_alert_at_idx" ON "cases"("alert_at", "consulate_id")
    WHERE "incident_id" IS NULL AND "last_location" IS NOT NULL;
UPDATE "cases" c SET "county_fips" = (t."data"->>'countyFips')
FROM "case_timeline" t
WHERE t."case_id" = c."id" AND t."kind" = 'ALERT_RECEIVED' AND t."data"->>'countyFips' ~ '^[0-9]{5}$';

-- The trail: one sealed point per row.
ALTER TABLE "case_locations" ADD COLUMN "point" TEXT;
ALTER TABLE "case_locations" RENAME COLUMN "lat" TO "legacy_lat";
ALTER TABLE "case_locations" RENAME COLUMN "lng" TO "legacy_lng";
ALTER TABLE "case_locations" RENAME COLUMN "accuracy_m" TO "legacy_accuracy_m";
ALTER TABLE "case_locations" ALTER COLUMN "legacy_lat" DROP NOT NULL;
ALTER TABLE "case_locations" ALTER COLUMN "legacy_lng" DROP NOT NULL;

-- The relay's event as received: {"sealed": "<envelope of the JSON>"}.
-- Timeline entries keep their kind and non-personal fields in clear, the
-- personal ones under "sealed" (lib/privacy/timeline.ts).

-- The summary the queue and Socket.IO carry: personName and lastLocation as
-- stored (sealed); lib/cases/summary-open.ts opens them before anyone sees
-- them. A purged person has no name (NULL).
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
    'lastLocation', c."last_location",
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
    'incidentId', c."incident_id",
    'escalation', CASE WHEN c."escalation_level" IS NULL THEN NULL
        ELSE jsonb_build_object('level', c."escalation_level", 'at', "iso_utc"(c."escalated_at")) END,
    'version', c."version") AS "summary"
FROM "cases" c
JOIN "consulates" k ON k."id" = c."consulate_id"
JOIN "people" p ON p."id" = c."person_id"
LEFT JOIN "users" u ON u."id" = c."owner_id"
LEFT JOIN "legal_records" lr ON lr."case_id" = c."id"
LEFT JOIN "users" la ON la."id" = lr."assignee_id";

-- The intake, now given the event with its personal values already sealed
-- by the app (lib/privacy/intake-seal.ts), the whole event sealed as the
-- stored payload, and the person's blind tokens. The shape of p_event is the
-- relay's, except: person.fullName/birthDate/phone/curp/consularIdNumber,
-- message and contacts[].name/phone are envelopes; location is
-- {"point": <envelope of {lat,lng,accuracyM}>, "capturedAt": …}; and
-- p_event.sealed.message is the timeline's sealed part ({message}). A
-- cancel's reason is one of two words ("safe", "mistake"): kept in clear.
DROP FUNCTION "ingest_alert_event"(JSONB, TEXT, TEXT, UUID, TEXT, TEXT);
CREATE FUNCTION "ingest_alert_event"(
    p_event JSONB,
    p_body_sha256 TEXT,
    p_relay_key_id TEXT,
    p_consulate_id UUID,
    p_routing TEXT,
    p_county_fips TEXT,
    p_payload TEXT,
    p_search_tokens TEXT[]
) RETURNS JSONB
LANGUAGE plpgsql AS $$
DECLARE
    v_type TEXT := p_event->>'type';
    v_event_id UUID := (p_event->>'eventId')::uuid;
    v_alert_id UUID := (p_event->>'alertId')::uuid;
    v_occurred_at TIMESTAMPTZ := (p_event->>'occurredAt')::timestamptz;
    v_person JSONB := p_event->'person';
    v_location JSONB := p_event->'location';
    v_sealed JSONB := COALESCE(p_event->'sealed', '{}');
    v_seen RECORD;
    v_person_id UUID;
    v_case_id UUID;
    v_known_case UUID;
    v_new_press BOOLEAN;
    v_result TEXT;
    v_captured_at TIMESTAMPTZ;
    v_code TEXT;
    v_year INTEGER;
    v_counter INTEGER;
    v_summary JSONB;
    v_region_id UUID;
    v_reopened_from "CaseStatus";
BEGIN
    -- One event at a time per eventId, so that the seen-check below is final:
    -- a racing retry waits here, then finds the committed row.
    PERFORM pg_advisory_xact_lock(hashtextextended('event:' || v_event_id::text, 0));
    SELECT e."body_sha256", e."alert_id", a."case_id" INTO v_seen
    FROM "alert_events" e JOIN "alerts" a ON a."id" = e."alert_id"
    WHERE e."event_id" = v_event_id;
    IF FOUND THEN
        IF v_seen."body_sha256" <> p_body_sha256 THEN
            RETURN jsonb_build_object('result', 'conflict');
        END IF;
        RETURN jsonb_build_object('result', 'duplicate', 'caseId', v_seen."case_id", 'alertId', v_seen."alert_id");
    END IF;

    -- Then one press at a time per person (a panic) and per alert, so that
    -- racing presses cannot open two cases or double-append. Always in this
    -- order (event, person, alert): no two transactions wait on each other.
    IF v_type = 'panic' THEN
        PERFORM pg_advisory_xact_lock(hashtextextended('person:' || (v_person->>'appUserId'), 0));
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('alert:' || v_alert_id::text, 0));

    SELECT "case_id" INTO v_known_case FROM "alerts" WHERE "id" = v_alert_id;

    IF v_type = 'panic' THEN
        -- Fields the phone left out keep what an earlier press said.
        INSERT INTO "people" AS p ("id", "app_user_id", "full_name", "birth_date", "phone", "curp",
            "consular_id_number", "preferred_language", "registered_consulate", "search_tokens", "updated_at")
        VALUES (gen_random_uuid(), v_person->>'appUserId', v_person->>'fullName', v_person->>'birthDate',
            v_person->>'phone', v_person->>'curp', v_person->>'consularIdNumber',
            COALESCE(v_person->>'preferredLanguage', 'es'), v_person->>'registeredConsulate',
            COALESCE(p_search_tokens, '{}'), now())
        ON CONFLICT ("app_user_id") DO UPDATE SET
            "full_name" = EXCLUDED."full_name",
            "birth_date" = COALESCE(EXCLUDED."birth_date", p."birth_date"),
            "phone" = COALESCE(EXCLUDED."phone", p."phone"),
            "curp" = COALESCE(EXCLUDED."curp", p."curp"),
            "consular_id_number" = COALESCE(EXCLUDED."consular_id_number", p."consular_id_number"),
            "preferred_language" = EXCLUDED."preferred_language",
            "registered_consulate" = COALESCE(EXCLUDED."registered_consulate", p."registered_consulate"),
            "search_tokens" = "merge_search_tokens"(p."search_tokens", EXCLUDED."search_tokens"),
            "updated_at" = now()
        RETURNING "id" INTO v_person_id;

        v_case_id := v_known_case;
        IF v_case_id IS NULL THEN
            SELECT "id" INTO v_case_id FROM "cases"
            WHERE "person_id" = v_person_id AND "status" NOT IN ('CLOSED', 'NOT_DETAINED', 'RESCINDED');
        END IF;

        IF v_case_id IS NOT NULL THEN
            -- A new press (another alertId) while a case is open: the same case, flagged.
            v_result := 'appended';
            v_new_press := v_known_case IS NULL;
            UPDATE "cases" SET
                "press_count" = "press_count" + CASE WHEN v_new_press THEN 1 ELSE 0 END,
                "pressed_again" = "pressed_again" OR v_new_press,
                "rescinded" = CASE WHEN v_new_press THEN false ELSE "rescinded" END,
                "last_event_at" = now(), "version" = "version" + 1, "updated_at" = now()
            WHERE "id" = v_case_id;
            IF v_new_press THEN
                INSERT INTO "alerts" ("id", "person_id", "case_id", "occurred_at") VALUES (v_alert_id, v_person_id, v_case_id, v_occurred_at);
            END IF;
            INSERT INTO "case_timeline" ("case_id", "kind", "event_id", "data")
            VALUES (v_case_id, CASE WHEN v_new_press THEN 'PRESSED_AGAIN' ELSE 'ALERT_RECEIVED' END::"TimelineKind", v_event_id,
                jsonb_build_object('alertId', p_event->'alertId', 'sealed', COALESCE(v_sealed->'message', 'null'),
                    'hasLocation', jsonb_typeof(v_location) = 'object'));
        ELSE
            v_result := 'created';
            -- Case numbers count per consulate and per year on the consulate's own calendar.
            SELECT k."code", extract(year FROM now() AT TIME ZONE k."time_zone")::int INTO v_code, v_year
            FROM "consulates" k WHERE k."id" = p_consulate_id;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'ingest_alert_event: unknown consulate %', p_consulate_id;
            END IF;
            INSERT INTO "case_counters" AS cc ("consulate_id", "year", "last_value") VALUES (p_consulate_id, v_year, 1)
            ON CONFLICT ("consulate_id", "year") DO UPDATE SET "last_value" = cc."last_value" + 1
            RETURNING "last_value" INTO v_counter;
            INSERT INTO "cases" ("id", "number", "consulate_id", "person_id", "message", "county_fips", "alert_at", "last_event_at", "updated_at")
            VALUES (gen_random_uuid(), v_code || '-' || v_year || '-' || lpad(v_counter::text, 6, '0'), p_consulate_id, v_person_id,
                p_event->>'message', p_county_fips, now(), now(), now())
            RETURNING "id" INTO v_case_id;
            INSERT INTO "alerts" ("id", "person_id", "case_id", "occurred_at") VALUES (v_alert_id, v_person_id, v_case_id, v_occurred_at);
            INSERT INTO "case_timeline" ("case_id", "kind", "event_id", "data")
            VALUES (v_case_id, 'ALERT_RECEIVED', v_event_id,
                jsonb_build_object('alertId', p_event->'alertId', 'sealed', COALESCE(v_sealed->'message', 'null'),
                    'routing', p_routing, 'countyFips', p_county_fips));
        END IF;

        INSERT INTO "case_contacts" ("case_id", "event_id", "name", "phone", "relationship", "notified")
        SELECT v_case_id, v_event_id, c->>'name', c->>'phone', c->>'relationship', COALESCE((c->>'notified')::boolean, false)
        FROM jsonb_array_elements(COALESCE(p_event->'contacts', '[]')) c;

    ELSE
        -- A location or a cancel belongs to a press already received; the
        -- relay retries until its panic has arrived.
        IF v_known_case IS NULL THEN
            RETURN jsonb_build_object('result', 'unknown_alert');
        END IF;
        v_case_id := v_known_case;
        v_result := 'appended';

        IF v_type = 'location' THEN
            UPDATE "cases" SET "last_event_at" = now(), "version" = "version" + 1, "updated_at" = now() WHERE "id" = v_case_id;
            INSERT INTO "case_timeline" ("case_id", "kind", "event_id", "data")
            VALUES (v_case_id, 'LOCATION_UPDATED', v_event_id,
                jsonb_build_object('alertId', p_event->'alertId', 'sealed', v_location->'point'));
        ELSIF v_type = 'cancel' THEN
            IF (p_event->>'duress')::boolean THEN
                -- A duress cancel never closes or rescinds: someone may be forcing
                -- the person. It escalates, and brings back a case someone already
                -- ended, unless the person has another open case (then that one is
                -- being watched). The relay's answer is the same as for any cancel.
                SELECT c."status" INTO v_reopened_from FROM "cases" c
                WHERE c."id" = v_case_id AND c."status" IN ('CLOSED', 'NOT_DETAINED', 'RESCINDED')
                  AND NOT EXISTS (SELECT 1 FROM "cases" o WHERE o."person_id" = c."person_id"
                                  AND o."status" NOT IN ('CLOSED', 'NOT_DETAINED', 'RESCINDED'));
                UPDATE "cases" SET
                    "status" = CASE WHEN v_reopened_from IS NULL THEN "status"
                                    WHEN "owner_id" IS NOT NULL THEN 'ACKNOWLEDGED'::"CaseStatus" ELSE 'NEW'::"CaseStatus" END,
                    "outcome" = CASE WHEN v_reopened_from IS NULL THEN "outcome" END,
                    "closed_at" = CASE WHEN v_reopened_from IS NULL THEN "closed_at" END,
                    "duress" = true, "priority" = 'CRITICAL',
                    "last_event_at" = now(), "version" = "version" + 1, "updated_at" = now()
                WHERE "id" = v_case_id;
                IF v_reopened_from IS NOT NULL THEN
                    INSERT INTO "case_timeline" ("case_id", "kind", "event_id", "data")
                    VALUES (v_case_id, 'REOPENED', v_event_id, jsonb_build_object('from', v_reopened_from, 'reason', 'duress'));
                END IF;
            ELSE
                UPDATE "cases" SET "rescinded" = true, "rescind_reason" = p_event->>'reason',
                    "last_event_at" = now(), "version" = "version" + 1, "updated_at" = now()
                WHERE "id" = v_case_id;
            END IF;
            INSERT INTO "case_timeline" ("case_id", "kind", "event_id", "data")
            VALUES (v_case_id, CASE WHEN (p_event->>'duress')::boolean THEN 'DURESS_ESCALATED' ELSE 'CANCEL_RECEIVED' END::"TimelineKind",
                v_event_id, jsonb_build_object('alertId', p_event->'alertId', 'reason', p_event->'reason'));
        END IF;
    END IF;

    -- A position becomes the case's last one only if it is the newest
    -- (events arrive out of order). A phone clock far ahead must not pin the
    -- case to that position against later genuine ones: a time past the
    -- server's clock counts as now.
    IF jsonb_typeof(v_location) = 'object' THEN
        v_captured_at := LEAST(COALESCE((v_location->>'capturedAt')::timestamptz, v_occurred_at), now());
        INSERT INTO "case_locations" ("case_id", "event_id", "point", "captured_at")
        VALUES (v_case_id, v_event_id, v_location->>'point', v_captured_at);
        UPDATE "cases" SET "last_location" = v_location->>'point', "last_location_at" = v_captured_at
        WHERE "id" = v_case_id AND ("last_location_at" IS NULL OR "last_location_at" <= v_captured_at);
    END IF;

    INSERT INTO "alert_events" ("event_id", "alert_id", "type", "body_sha256", "payload", "occurred_at", "relay_key_id")
    VALUES (v_event_id, v_alert_id, v_type::"AlertEventType", p_body_sha256, jsonb_build_object('sealed', p_payload), v_occurred_at, p_relay_key_id);

    SELECT s."summary", s."region_id" INTO v_summary, v_region_id FROM "case_summaries" s WHERE s."id" = v_case_id;
    RETURN jsonb_build_object('result', v_result, 'caseId', v_case_id, 'alertId', p_event->'alertId',
        'regionId', v_region_id, 'summary', v_summary);
END;
$$;
