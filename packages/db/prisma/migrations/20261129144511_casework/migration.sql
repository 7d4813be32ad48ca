-- AlterTable
ALTER TABLE "Household" ADD COLUMN     "primaryPersonId" UUID;

-- CreateTable
CREATE TABLE "ProgressRecord" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "caseId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "createdByUserId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProgressRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressRecordVersion" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "recordId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "method" TEXT NOT NULL,
    "counterpart" TEXT NOT NULL,
    "actedBy" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "nextStep" TEXT,
    "nextDate" DATE,
    "correctionReason" TEXT,
    "writtenByUserId" UUID NOT NULL,
    "writtenAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProgressRecordVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseAssignment" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "caseId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),
    "assignedByUserId" UUID NOT NULL,
    "endedByUserId" UUID,
    "reason" TEXT,
    "seq" SERIAL NOT NULL,

    CONSTRAINT "CaseAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HouseholdRelation" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "householdId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "relatedPersonId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "livesTogether" BOOLEAN NOT NULL,
    "recordedByUserId" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HouseholdRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HouseholdChange" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "kind" TEXT NOT NULL,
    "personIds" TEXT[],
    "fromHouseholdId" UUID,
    "toHouseholdId" UUID NOT NULL,
    "reason" TEXT,
    "changedByUserId" UUID NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL,
    "seq" SERIAL NOT NULL,

    CONSTRAINT "HouseholdChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgressRecord_municipalityCode_caseId_idx" ON "ProgressRecord"("municipalityCode", "caseId");

-- CreateIndex
CREATE INDEX "ProgressRecordVersion_municipalityCode_idx" ON "ProgressRecordVersion"("municipalityCode");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressRecordVersion_recordId_version_key" ON "ProgressRecordVersion"("recordId", "version");

-- CreateIndex
CREATE INDEX "CaseAssignment_municipalityCode_userId_endedAt_idx" ON "CaseAssignment"("municipalityCode", "userId", "endedAt");

-- CreateIndex
CREATE INDEX "CaseAssignment_municipalityCode_caseId_idx" ON "CaseAssignment"("municipalityCode", "caseId");

-- CreateIndex
CREATE INDEX "HouseholdRelation_municipalityCode_householdId_idx" ON "HouseholdRelation"("municipalityCode", "householdId");

-- CreateIndex
CREATE UNIQUE INDEX "HouseholdRelation_personId_relatedPersonId_key" ON "HouseholdRelation"("personId", "relatedPersonId");

-- CreateIndex
CREATE INDEX "HouseholdChange_municipalityCode_toHouseholdId_idx" ON "HouseholdChange"("municipalityCode", "toHouseholdId");

-- CreateIndex
CREATE INDEX "HouseholdChange_municipalityCode_fromHouseholdId_idx" ON "HouseholdChange"("municipalityCode", "fromHouseholdId");

-- AddForeignKey
ALTER TABLE "ProgressRecordVersion" ADD CONSTRAINT "ProgressRecordVersion_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "ProgressRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

SELECT kasane_protect_tenant_table('"ProgressRecord"', false);
SELECT kasane_protect_tenant_table('"ProgressRecordVersion"', false);
SELECT kasane_protect_tenant_table('"CaseAssignment"', false);
SELECT kasane_protect_tenant_table('"HouseholdRelation"', false);
SELECT kasane_protect_tenant_table('"HouseholdChange"', false);
-- History is what happened: a correction is a new version, a transfer ends a row, a move adds a change.
REVOKE UPDATE, DELETE ON "ProgressRecordVersion" FROM kasane_app;
REVOKE DELETE ON "ProgressRecord" FROM kasane_app;
REVOKE DELETE ON "CaseAssignment" FROM kasane_app;
REVOKE UPDATE, DELETE ON "HouseholdChange" FROM kasane_app;
GRANT USAGE ON SEQUENCE "CaseAssignment_seq_seq" TO kasane_app;
GRANT USAGE ON SEQUENCE "HouseholdChange_seq_seq" TO kasane_app;
