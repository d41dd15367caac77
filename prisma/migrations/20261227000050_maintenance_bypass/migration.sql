-- Privacy work must be able to change what the append-only rules otherwise
-- keep forever: sealing rows written before encryption, coarsening and
-- purging on the retention schedule (issue 15, docs/privacy.md). Only a
-- transaction that says so, with SET LOCAL amparo.maintenance = 'on', gets
-- through; the app's own writes never set it, so a bug or a hurried fix is
-- still refused. The audit log stays append-only for everyone: it records
-- the purges themselves.
CREATE OR REPLACE FUNCTION "refuse_append_only_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME <> 'audit_log' AND current_setting('amparo.maintenance', true) = 'on' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION 'Table "%" is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING HINT = 'Record a correction as a new row instead.';
END;
$$;

CREATE OR REPLACE FUNCTION "refuse_sent_message_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('amparo.maintenance', true) = 'on' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Table "family_messages" keeps every message: DELETE is not allowed';
    END IF;
    IF OLD."status" = 'SENT' THEN
        RAISE EXCEPTION 'Message % was sent: it cannot change', OLD."id";
    END IF;
    RETURN NEW;
END;
$$;
