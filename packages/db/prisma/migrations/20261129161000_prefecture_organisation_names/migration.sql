-- The 体制 comparison names who delivers each part: organisation ids and names of the prefecture's own
-- municipalities only (no phone, no address), through the owner, as kasane_prefecture may not read
-- Organisation (ADR 0019, 0022).
CREATE FUNCTION kasane_prefecture_organisation_names(p_municipalities text[])
RETURNS TABLE (id uuid, name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT o.id, o.name FROM "Organisation" o
  WHERE nullif(current_setting('app.prefecture', true), '') IS NOT NULL
    AND left(o."municipalityCode", 2) = left(current_setting('app.prefecture', true), 2)
    AND o."municipalityCode" = ANY (p_municipalities)
$$;

REVOKE ALL ON FUNCTION kasane_prefecture_organisation_names(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kasane_prefecture_organisation_names(text[]) TO kasane_prefecture;
