-- Issue #8: the duplicate search's LIKE patterns take what was typed literally — `%`, `_` and `\`
-- escaped — so `{kana:'%'}` no longer lists the whole municipality. Candidates come from the name and
-- the reading only; the birth date and the address rank them (the API passes neither here any more),
-- the branches stay for the function's signature. Same tenant rule: only rows of app.municipality.
CREATE FUNCTION kasane_like_escape(s text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT replace(replace(replace(s, '\', '\\'), '%', '\%'), '_', '\_') $$;

CREATE OR REPLACE FUNCTION kasane_person_candidates(p_kana text, p_name text, p_birth date, p_address text)
RETURNS TABLE (id uuid)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m text := current_setting('app.municipality', true);
BEGIN
  IF m IS NULL OR m = '' THEN RETURN; END IF;
  IF coalesce(p_kana, '') <> '' THEN
    RETURN QUERY SELECT p.id FROM "Person" p WHERE p."municipalityCode" = m AND p."nameKanaKey" % p_kana;
    RETURN QUERY SELECT p.id FROM "Person" p WHERE p."municipalityCode" = m AND p."nameKanaKey" LIKE kasane_like_escape(p_kana) || '%';
  END IF;
  IF coalesce(p_name, '') <> '' THEN
    RETURN QUERY SELECT p.id FROM "Person" p WHERE p."municipalityCode" = m AND p."nameKey" % p_name;
    RETURN QUERY SELECT p.id FROM "Person" p WHERE p."municipalityCode" = m AND p."nameKey" LIKE kasane_like_escape(p_name) || '%';
  END IF;
  IF p_birth IS NOT NULL THEN
    RETURN QUERY SELECT p.id FROM "Person" p WHERE p."municipalityCode" = m AND p."birthDate" = p_birth;
  END IF;
  IF coalesce(p_address, '') <> '' THEN
    RETURN QUERY SELECT p.id FROM "Household" h JOIN "Person" p ON p."householdId" = h.id
      WHERE h."municipalityCode" = m AND (h.address % p_address OR h.address LIKE '%' || kasane_like_escape(p_address) || '%');
  END IF;
END $$;
