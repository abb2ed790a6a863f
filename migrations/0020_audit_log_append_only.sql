-- The audit trail is append-only in the database itself, not only by convention (ISO/IEC 17021-1 §8.4,
-- issue 16.15): whatever route or statement the application runs, a row once written is never changed,
-- deleted or truncated. Only a superuser replaying a clean slate (session_replication_role = replica)
-- passes; the application's own role cannot set that.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'P0001', HINT = 'audit_log_append_only';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
