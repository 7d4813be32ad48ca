-- Least privilege (issue #9, ADR 0019). Four NOLOGIN roles, none of which owns anything:
--   kasane_app         staff requests (unchanged: tenant_isolation policies)
--   kasane_public      the anonymous portal: published community rows, insert a portal request
--   kasane_prefecture  prefectural requests: reference data and count-only functions, no table rows
--   kasane_system      sign-in, sessions, account commands (asSystem): no tenant known yet, but still
--                      no ownership, no TRUNCATE, no INSERT/UPDATE/DELETE on AuditEntry
-- The server's runtime login (created by `kasane migrate` from DATABASE_URL) is a member of these
-- four only, so it cannot ALTER a table, disable the audit triggers or rewrite the audit log.

-- Roles are cluster-wide: tolerate another database on the same server creating them concurrently.
CREATE OR REPLACE FUNCTION kasane_ensure_role(name text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE', name);
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$;

SELECT kasane_ensure_role('kasane_public');
SELECT kasane_ensure_role('kasane_prefecture');
SELECT kasane_ensure_role('kasane_system');

-- The owner (a non-superuser owner too) must be able to SET ROLE to each.
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT kasane_public, kasane_prefecture, kasane_system TO %I', current_user);
  END IF;
END $$;

GRANT USAGE ON SCHEMA public TO kasane_public, kasane_prefecture, kasane_system;
GRANT SELECT ON "Prefecture", "Municipality", "MunicipalityProgramStatus" TO kasane_public, kasane_prefecture;

-- ---------- kasane_public: the portal ----------
GRANT SELECT ON "CommunityPlace", "CommunityActivity", "ConsultationWindow" TO kasane_public;
CREATE POLICY public_published ON "CommunityPlace" FOR SELECT TO kasane_public
  USING (published AND "municipalityCode" = current_setting('app.municipality', true));
CREATE POLICY public_published ON "CommunityActivity" FOR SELECT TO kasane_public
  USING (published AND "municipalityCode" = current_setting('app.municipality', true));
CREATE POLICY public_published ON "ConsultationWindow" FOR SELECT TO kasane_public
  USING (published AND "municipalityCode" = current_setting('app.municipality', true));
-- Insert only: a resident cannot read back any request, not even their own.
GRANT INSERT ON "PortalRequest" TO kasane_public;
CREATE POLICY public_submit ON "PortalRequest" FOR INSERT TO kasane_public
  WITH CHECK ("municipalityCode" = current_setting('app.municipality', true) AND status = 'new');

-- ---------- kasane_prefecture: aggregates through functions only ----------
-- The prefecture_read policies let kasane_app (with app.prefecture set) read whole rows, among them
-- Consultation's free-text summary. Gone: the prefecture reads counts, never rows.
DROP POLICY IF EXISTS prefecture_read ON "Consultation";
DROP POLICY IF EXISTS prefecture_read ON "Case";
DROP POLICY IF EXISTS prefecture_read ON "Organisation";
DROP POLICY IF EXISTS prefecture_read ON "PartDelivery";

-- Counts for the prefecture of the transaction (app.prefecture), never another one's; the owner runs
-- them (SECURITY DEFINER, search_path pinned) so the caller needs no SELECT on the table.
CREATE FUNCTION kasane_prefecture_consultation_counts(p_from timestamptz, p_to timestamptz)
RETURNS TABLE ("municipalityCode" text, n bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT c."municipalityCode"::text, count(*) FROM "Consultation" c
  WHERE nullif(current_setting('app.prefecture', true), '') IS NOT NULL
    AND left(c."municipalityCode", 2) = left(current_setting('app.prefecture', true), 2)
    AND c."receivedAt" >= p_from AND c."receivedAt" < p_to
  GROUP BY c."municipalityCode"
$$;

CREATE FUNCTION kasane_prefecture_organisation_counts()
RETURNS TABLE ("municipalityCode" text, n bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT o."municipalityCode"::text, count(*) FROM "Organisation" o
  WHERE nullif(current_setting('app.prefecture', true), '') IS NOT NULL
    AND left(o."municipalityCode", 2) = left(current_setting('app.prefecture', true), 2)
  GROUP BY o."municipalityCode"
$$;

REVOKE ALL ON FUNCTION kasane_prefecture_consultation_counts(timestamptz, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION kasane_prefecture_organisation_counts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kasane_prefecture_consultation_counts(timestamptz, timestamptz) TO kasane_prefecture;
GRANT EXECUTE ON FUNCTION kasane_prefecture_organisation_counts() TO kasane_prefecture;

-- A table a prefecture may read (non-personal only) is now read by kasane_prefecture, not kasane_app.
CREATE OR REPLACE FUNCTION kasane_protect_tenant_table(t regclass, prefecture_may_read boolean) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO kasane_app', t);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s TO kasane_app USING ("municipalityCode" = current_setting(''app.municipality'', true)) WITH CHECK ("municipalityCode" = current_setting(''app.municipality'', true))',
    t);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO kasane_system', t);
  EXECUTE format('CREATE POLICY system_access ON %s TO kasane_system USING (true) WITH CHECK (true)', t);
  IF prefecture_may_read THEN
    EXECUTE format('GRANT SELECT ON %s TO kasane_prefecture', t);
    EXECUTE format(
      'CREATE POLICY prefecture_read ON %s FOR SELECT TO kasane_prefecture USING (left("municipalityCode", 2) = left(current_setting(''app.prefecture'', true), 2))',
      t);
  END IF;
END $$;

-- ---------- kasane_system: what the owner connection did at run time, without owning ----------
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO kasane_system;
REVOKE INSERT, UPDATE, DELETE ON "AuditEntry" FROM kasane_system;
DO $$
BEGIN
  IF to_regclass('public._prisma_migrations') IS NOT NULL THEN
    REVOKE ALL ON public._prisma_migrations FROM kasane_system;
  END IF;
END $$;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO kasane_system;
GRANT EXECUTE ON FUNCTION kasane_append_audit(uuid, text, uuid, text, text, text, text, text, text) TO kasane_system;
-- Tables and sequences the owner creates later.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO kasane_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO kasane_system;

DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT c.oid::regclass AS t, c.relname FROM pg_class c
           WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relrowsecurity LOOP
    IF r.relname = 'AuditEntry' THEN
      EXECUTE format('CREATE POLICY system_read ON %s FOR SELECT TO kasane_system USING (true)', r.t);
    ELSE
      EXECUTE format('CREATE POLICY system_access ON %s TO kasane_system USING (true) WITH CHECK (true)', r.t);
    END IF;
  END LOOP;
END $$;

-- The runtime login: LOGIN, a member of the four roles above and nothing else. Called by
-- `kasane migrate` / start-up with the user and password of DATABASE_URL (ADR 0019).
CREATE FUNCTION kasane_ensure_runtime_login(login text, password text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF login IN (current_user, 'kasane_app', 'kasane_public', 'kasane_prefecture', 'kasane_system') THEN
    RAISE EXCEPTION 'the runtime login must be a role of its own, not %', login;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login AND (rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb)) THEN
    RAISE EXCEPTION 'the runtime login % is privileged (superuser, BYPASSRLS, CREATEROLE or CREATEDB)', login;
  END IF;
  BEGIN
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD %L', login, password);
  EXCEPTION WHEN duplicate_object OR unique_violation THEN
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, password);
  END;
  EXECUTE format('GRANT kasane_app, kasane_public, kasane_prefecture, kasane_system TO %I', login);
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), login);
END $$;
REVOKE ALL ON FUNCTION kasane_ensure_runtime_login(text, text) FROM PUBLIC;
