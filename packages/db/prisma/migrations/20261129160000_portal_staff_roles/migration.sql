-- Which staff roles a municipality has enabled, so the portal (kasane_public, which may not read
-- accounts) can tell whether anyone will read a resident's request (ADR 0019, 0021). Role names only.
CREATE FUNCTION kasane_portal_staff_roles(p_municipality text)
RETURNS TABLE (role text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT u.role::text FROM "User" u
  WHERE u."municipalityCode" = p_municipality AND u."disabledAt" IS NULL AND u."organisationId" IS NOT NULL
$$;

REVOKE ALL ON FUNCTION kasane_portal_staff_roles(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kasane_portal_staff_roles(text) TO kasane_public, kasane_app;
