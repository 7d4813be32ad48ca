-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "mfaVerifiedAt" TIMESTAMPTZ(3),
ADD COLUMN     "webauthnChallenge" TEXT;

-- CreateTable
CREATE TABLE "MfaTotp" (
    "userId" UUID NOT NULL,
    "secret" TEXT NOT NULL,
    "confirmedAt" TIMESTAMPTZ(3),
    "lastUsedStep" BIGINT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MfaTotp_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "MfaPasskey" (
    "id" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "publicKey" BYTEA NOT NULL,
    "counter" INTEGER NOT NULL,
    "transports" TEXT[],
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MfaPasskey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MfaRecoveryCode" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MfaRecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MfaPolicy" (
    "municipalityCode" CHAR(6) NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" UUID,

    CONSTRAINT "MfaPolicy_pkey" PRIMARY KEY ("municipalityCode")
);

-- CreateIndex
CREATE INDEX "MfaPasskey_userId_idx" ON "MfaPasskey"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MfaRecoveryCode_userId_codeHash_key" ON "MfaRecoveryCode"("userId", "codeHash");

-- The municipality's rule is a tenant row its administrator sets in scope.
SELECT kasane_protect_tenant_table('"MfaPolicy"', false);

-- The factor tables stay owner-only (no grant to kasane_app). An administrator resetting an
-- account's second factor does it through this function, for an account of the transaction's
-- municipality only; the account's sessions end with it.
CREATE FUNCTION kasane_reset_mfa(p_user_id uuid) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  n integer;
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "User" u
    WHERE u.id = p_user_id AND u."municipalityCode" = current_setting('app.municipality', true)
  ) THEN
    RAISE EXCEPTION 'kasane_reset_mfa: account is not in this municipality' USING ERRCODE = 'insufficient_privilege';
  END IF;
  DELETE FROM "MfaTotp" WHERE "userId" = p_user_id;
  DELETE FROM "MfaPasskey" WHERE "userId" = p_user_id;
  DELETE FROM "MfaRecoveryCode" WHERE "userId" = p_user_id;
  DELETE FROM "Session" WHERE "userId" = p_user_id;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;

REVOKE ALL ON FUNCTION kasane_reset_mfa(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kasane_reset_mfa(uuid) TO kasane_app;
