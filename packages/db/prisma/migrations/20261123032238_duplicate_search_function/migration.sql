-- Duplicate search at intake (SPEC §3.1). Under row-level security PostgreSQL will not use an index
-- for a non-leakproof operator such as pg_trgm's %, so a trigram search as kasane_app scans every
-- row of the tenant. This function runs as the owner to use the GIN indexes, and applies the same
-- tenant rule as the policies itself: only rows of current_setting('app.municipality') — the
-- request's own tenant — and it returns ids only (the caller reads the rows under RLS).
CREATE FUNCTION kasane_person_candidates(p_kana text, p_name text, p_birth date, p_address text)
RETURNS TABLE (id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH t AS (SELECT current_setting('app.municipality', true) AS m)
  SELECT p.id FROM "Person" p, t WHERE p_kana <> '' AND p."municipalityCode" = t.m AND p."nameKanaKey" % p_kana
  UNION
  SELECT p.id FROM "Person" p, t WHERE p_kana <> '' AND p."municipalityCode" = t.m AND p."nameKanaKey" LIKE p_kana || '%'
  UNION
  SELECT p.id FROM "Person" p, t WHERE p_name <> '' AND p."municipalityCode" = t.m AND p."nameKey" % p_name
  UNION
  SELECT p.id FROM "Person" p, t WHERE p_name <> '' AND p."municipalityCode" = t.m AND p."nameKey" LIKE p_name || '%'
  UNION
  SELECT p.id FROM "Person" p, t WHERE p_birth IS NOT NULL AND p."municipalityCode" = t.m AND p."birthDate" = p_birth
  UNION
  SELECT p.id FROM "Household" h JOIN "Person" p ON p."householdId" = h.id, t
   WHERE p_address <> '' AND h."municipalityCode" = t.m AND (h.address % p_address OR h.address LIKE '%' || p_address || '%')
$$;
REVOKE ALL ON FUNCTION kasane_person_candidates(text, text, date, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kasane_person_candidates(text, text, date, text) TO kasane_app;
