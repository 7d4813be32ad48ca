-- C3 emergency grants with their review, and C10's history of 被保護 flag changes (issue #8 findings 6, 7).
-- CreateTable
CREATE TABLE "EmergencyAccess" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "personId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "reviewedByUserId" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "outcome" TEXT,
    "reviewNote" TEXT,

    CONSTRAINT "EmergencyAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicAssistanceChange" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "householdId" UUID NOT NULL,
    "onPublicAssistance" BOOLEAN NOT NULL,
    "officeOrganisationId" UUID,
    "changedByUserId" UUID NOT NULL,
    "changedByOrganisationId" UUID NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL,
    "seq" SERIAL NOT NULL,

    CONSTRAINT "PublicAssistanceChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EmergencyAccess_municipalityCode_userId_personId_expiresAt_idx" ON "EmergencyAccess"("municipalityCode", "userId", "personId", "expiresAt");

-- CreateIndex
CREATE INDEX "EmergencyAccess_municipalityCode_personId_openedAt_idx" ON "EmergencyAccess"("municipalityCode", "personId", "openedAt");

-- CreateIndex
CREATE INDEX "EmergencyAccess_municipalityCode_reviewedAt_openedAt_idx" ON "EmergencyAccess"("municipalityCode", "reviewedAt", "openedAt");

-- CreateIndex
CREATE INDEX "PublicAssistanceChange_municipalityCode_householdId_seq_idx" ON "PublicAssistanceChange"("municipalityCode", "householdId", "seq");

SELECT kasane_protect_tenant_table('"EmergencyAccess"', false);
SELECT kasane_protect_tenant_table('"PublicAssistanceChange"', false);
-- Both are records of what happened: the app never deletes them, and never rewrites a flag change.
REVOKE DELETE ON "EmergencyAccess" FROM kasane_app;
REVOKE UPDATE, DELETE ON "PublicAssistanceChange" FROM kasane_app;
-- the order of changes comes from a sequence the app draws from on insert
GRANT USAGE ON SEQUENCE "PublicAssistanceChange_seq_seq" TO kasane_app;
