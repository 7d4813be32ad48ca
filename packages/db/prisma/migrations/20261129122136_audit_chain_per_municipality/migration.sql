-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "chain" TEXT;

-- CreateIndex
CREATE INDEX "AuditEntry_chain_seq_idx" ON "AuditEntry"("chain", "seq");

-- One chain per municipality and one for system and prefecture actions ('system'): tenants never
-- wait on each other's audited transactions, and each chain is verified on its own. Entries
-- written before this migration keep their single chain (chain IS NULL) and still verify.
CREATE OR REPLACE FUNCTION kasane_audit_canonical(e "AuditEntry") RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN e.chain IS NULL THEN
    json_build_array(
      e.seq::text,
      to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      e."actorUserId"::text, e."actorRole", e."actorOrganisationId"::text, e."municipalityCode",
      e.action, e."recordType", e."recordId", e."legalBasis", e."basisRef", e."prevHash"
    )::text
  ELSE
    json_build_array(
      e.seq::text,
      to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      e."actorUserId"::text, e."actorRole", e."actorOrganisationId"::text, e."municipalityCode",
      e.action, e."recordType", e."recordId", e."legalBasis", e."basisRef", e."prevHash", e.chain
    )::text
  END
$$;

CREATE OR REPLACE FUNCTION kasane_append_audit(
  p_actor_user_id uuid, p_actor_role text, p_actor_organisation_id uuid, p_municipality_code text,
  p_action text, p_record_type text, p_record_id text, p_legal_basis text, p_basis_ref text
) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  e "AuditEntry";
BEGIN
  e.chain := coalesce(p_municipality_code, 'system');
  -- the chain's own lock, held to the end of the caller's transaction: entries of one chain commit
  -- in chain order (or roll back with the access they log); other chains do not wait
  PERFORM pg_advisory_xact_lock(730541701, hashtext(e.chain));
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
  e."prevHash" := coalesce((SELECT hash FROM "AuditEntry" WHERE chain = e.chain ORDER BY seq DESC LIMIT 1), repeat('0', 64));
  e.hash := kasane_audit_hash(e);
  INSERT INTO "AuditEntry" SELECT e.*;
  RETURN e.seq;
END $$;
