-- The read audit (issue 15, lib/audit/reads.ts): a read of a list, a search
-- or an export keeps every case it returned in data.caseIds. "Who saw this"
-- on a case page and the audit view's case search find those rows by
-- containment (data->'caseIds' @> '["<id>"]'), which this index answers
-- without reading the log; jsonb_path_ops is the smaller operator class and
-- serves @> alone, the only operator asked.
CREATE INDEX "audit_log_case_ids_idx" ON "audit_log" USING GIN (("data" -> 'caseIds') jsonb_path_ops);
