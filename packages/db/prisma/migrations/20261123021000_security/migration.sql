-- Tenant isolation by row-level security (defence in depth behind the API's tenant checks) and
-- the append-only, hash-chained audit log. Same SQL on PGlite and on a PostgreSQL server.
-- Requests run as kasane_app (SET LOCAL ROLE) with app.municipality / app.prefecture set for the
-- transaction; the owner connection is used only for start-up, seeding, sign-in and jobs.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kasane_app') THEN
    CREATE ROLE kasane_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;

-- The connecting (owner) user must be able to SET ROLE kasane_app; harmless for a superuser.
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT kasane_app TO %I', current_user);
  END IF;
END $$;

GRANT USAGE ON SCHEMA public TO kasane_app;

-- Reference data: readable by every request.
GRANT SELECT ON "Prefecture", "Municipality", "MunicipalityProgramStatus" TO kasane_app;

-- A tenant-owned table: rows visible and writable only for the transaction's municipality;
-- prefectural requests may read their own prefecture's rows (aggregates only leave the API).
CREATE FUNCTION kasane_protect_tenant_table(t regclass, prefecture_may_read boolean) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO kasane_app', t);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s TO kasane_app USING ("municipalityCode" = current_setting(''app.municipality'', true)) WITH CHECK ("municipalityCode" = current_setting(''app.municipality'', true))',
    t);
  IF prefecture_may_read THEN
    EXECUTE format(
      'CREATE POLICY prefecture_read ON %s FOR SELECT TO kasane_app USING (left("municipalityCode", 2) = left(current_setting(''app.prefecture'', true), 2))',
      t);
  END IF;
END $$;

SELECT kasane_protect_tenant_table('"Organisation"', true);
SELECT kasane_protect_tenant_table('"PartDelivery"', true);
SELECT kasane_protect_tenant_table('"User"', false);
SELECT kasane_protect_tenant_table('"Household"', false);
SELECT kasane_protect_tenant_table('"Person"', false);
SELECT kasane_protect_tenant_table('"Consultation"', true);
SELECT kasane_protect_tenant_table('"Case"', true);
SELECT kasane_protect_tenant_table('"CaseParticipant"', false);
SELECT kasane_protect_tenant_table('"Consent"', false);

-- ---------- audit ----------
-- The canonical text of an entry, hashed with the previous entry's hash. JSON so that no value
-- can run into the next one; timestamps at millisecond precision, in UTC.
CREATE FUNCTION kasane_audit_canonical(e "AuditEntry") RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT json_build_array(
    e.seq::text,
    to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    e."actorUserId"::text, e."actorRole", e."actorOrganisationId"::text, e."municipalityCode",
    e.action, e."recordType", e."recordId", e."legalBasis", e."basisRef", e."prevHash"
  )::text
$$;

CREATE FUNCTION kasane_audit_hash(e "AuditEntry") RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(kasane_audit_canonical(e), 'UTF8')), 'hex')
$$;

-- The only way to write an entry. SECURITY DEFINER: kasane_app has no INSERT on the table.
-- The advisory lock makes one writer at a time extend the chain; it is held to the end of the
-- caller's transaction, so entries commit in chain order or roll back with the access they log.
CREATE FUNCTION kasane_append_audit(
  p_actor_user_id uuid, p_actor_role text, p_actor_organisation_id uuid, p_municipality_code text,
  p_action text, p_record_type text, p_record_id text, p_legal_basis text, p_basis_ref text
) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  e "AuditEntry";
BEGIN
  PERFORM pg_advisory_xact_lock(730541701);
  e.seq := nextval(pg_get_serial_sequence('"AuditEntry"', 'seq'));
  e.at := date_trunc('milliseconds', clock_timestamp());
  e."actorUserId" := p_actor_user_id;
  e."actorRole" := p_actor_role;
  e."actorOrganisationId" := p_actor_organisation_id;
  e."municipalityCode" := p_municipality_code;
  e.action := p_action;
  e."recordType" := p_record_type;
  e."recordId" := p_record_id;
  e."legalBasis" := p_legal_basis;
  e."basisRef" := p_basis_ref;
  e."prevHash" := coalesce((SELECT hash FROM "AuditEntry" ORDER BY seq DESC LIMIT 1), repeat('0', 64));
  e.hash := kasane_audit_hash(e);
  INSERT INTO "AuditEntry" SELECT e.*;
  RETURN e.seq;
END $$;

REVOKE ALL ON FUNCTION kasane_append_audit(uuid, text, uuid, text, text, text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kasane_append_audit(uuid, text, uuid, text, text, text, text, text, text) TO kasane_app;

CREATE FUNCTION kasane_audit_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_no_update_delete BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION kasane_audit_is_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION kasane_audit_is_append_only();

-- Auditors read their municipality's entries through the ordinary tenant policy.
ALTER TABLE "AuditEntry" ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON "AuditEntry" TO kasane_app;
CREATE POLICY tenant_read ON "AuditEntry" FOR SELECT TO kasane_app
  USING ("municipalityCode" = current_setting('app.municipality', true));
