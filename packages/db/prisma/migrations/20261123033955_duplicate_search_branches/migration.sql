-- kasane_person_candidates, branch by branch: a branch for an empty input must not run at all (a LIKE
-- '%' on a trigram index is a full index scan), which a single SQL statement cannot guarantee once
-- its plan is generic. Same tenant rule: only rows of current_setting('app.municipality').
CREATE OR REPLACE FUNCTION kasane_person_candidates(p_kana text, p_name text, p_birth date, p_address text)
RETURNS TABLE (id uuid)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m text := current_setting('app.municipality', true);
BEGIN
  IF m IS NULL OR m = '' THEN RETURN; END IF;
  IF coalesce(p_kana, '') <> '' THEN
    RETURN QUERY SELECT p.id FROM "Person" p WHERE p."municipalityCode" = m AND p."nameKanaKey" % p_kana;
    RETURN QUERY SELECT p.id FROM "Person" p WHERE p."municipalityCode" = m AND p."nameKanaKey" LIKE p_kana || '%';
  END IF;
  IF coalesce(p_name, '') <> '' THEN
    RETURN QUERY SELECT p.id FROM "Person" p WHERE p."municipalityCode" = m AND p."nameKey" % p_name;
    RETURN QUERY SELECT p.id FROM "Person" p WHERE p."municipalityCode" = m AND p."nameKey" LIKE p_name || '%';
  END IF;
  IF p_birth IS NOT NULL THEN
    RETURN QUERY SELECT p.id FROM "Person" p WHERE p."municipalityCode" = m AND p."birthDate" = p_birth;
  END IF;
  IF coalesce(p_address, '') <> '' THEN
    RETURN QUERY SELECT p.id FROM "Household" h JOIN "Person" p ON p."householdId" = h.id
      WHERE h."municipalityCode" = m AND (h.address % p_address OR h.address LIKE '%' || p_address || '%');
  END IF;
END $$;
