-- A relay event that arrives for a case after its retention ran (coarsened:
-- exact points dropped; purged: every personal value gone) would have stored
-- a position, a person or a message again on a case that must no longer hold
-- them. The intake now acknowledges such an event (202 "appended", so the
-- relay stops retrying) and keeps nothing of it. Otherwise the function is
-- 20261227000100_sealed_fields' own.
CREATE OR REPLACE FUNCTION "ingest_alert_event"(
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
    v_retained TEXT;
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

    -- An event for a case its retention schedule has already coarsened or
    -- purged (lib/retention): acknowledged, so the relay stops retrying, and
    -- nothing of it kept: no position, no person, no timeline entry; the
    -- stored event holds only what the retention job leaves on its own.
    SELECT CASE WHEN c."purged_at" IS NOT NULL THEN 'purged' WHEN c."coarsened_at" IS NOT NULL THEN 'coarsened' END
    INTO v_retained FROM "cases" c WHERE c."id" = v_known_case;
    IF v_retained IS NOT NULL THEN
        INSERT INTO "alert_events" ("event_id", "alert_id", "type", "body_sha256", "payload", "occurred_at", "relay_key_id")
        VALUES (v_event_id, v_alert_id, v_type::"AlertEventType", p_body_sha256, jsonb_build_object(v_retained, true), v_occurred_at, p_relay_key_id);
        RETURN jsonb_build_object('result', 'not_kept', 'caseId', v_known_case, 'alertId', p_event->'alertId');
    END IF;

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
