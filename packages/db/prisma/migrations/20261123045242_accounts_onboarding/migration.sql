-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSignInAt" TIMESTAMPTZ(3),
ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "passwordChangedAt" TIMESTAMPTZ(3);

-- Sessions are read and written on the owner connection (sign-in runs before any tenant is
-- known), so kasane_app has no privilege on "Session". An administrator's request that disables
-- an account or resets its password must still end that account's sessions in the same
-- transaction: this function does it, for an account of the transaction's municipality only.
CREATE FUNCTION kasane_end_sessions(p_user_id uuid, p_keep_session_id text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  n integer;
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "User" u
    WHERE u.id = p_user_id AND u."municipalityCode" = current_setting('app.municipality', true)
  ) THEN
    RAISE EXCEPTION 'kasane_end_sessions: account is not in this municipality' USING ERRCODE = 'insufficient_privilege';
  END IF;
  DELETE FROM "Session" s WHERE s."userId" = p_user_id AND s.id IS DISTINCT FROM p_keep_session_id;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;

REVOKE ALL ON FUNCTION kasane_end_sessions(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kasane_end_sessions(uuid, text) TO kasane_app;

-- Login ids are unique across municipalities, but a tenant-scoped request sees only its own
-- accounts: this answers "is the id taken?" (and nothing else) so the administrator gets a
-- clear refusal instead of a unique-constraint failure.
CREATE FUNCTION kasane_login_id_exists(p_login_id text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM "User" WHERE lower("loginId") = lower(p_login_id))
$$;

REVOKE ALL ON FUNCTION kasane_login_id_exists(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kasane_login_id_exists(text) TO kasane_app;
