-- pg_trgm: fuzzy duplicate search at intake (kana and kanji names, addresses)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "guardianRelationship" TEXT,
ADD COLUMN     "meetingIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "note" TEXT,
ADD COLUMN     "obtainedByOrganisationId" UUID,
ADD COLUMN     "withdrawalNote" TEXT,
ADD COLUMN     "withdrawnByUserId" UUID;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "createdByOrganisationId" UUID,
ADD COLUMN     "mergedIntoId" UUID;

-- CreateTable
CREATE TABLE "PersonMerge" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "survivorId" UUID NOT NULL,
    "mergedId" UUID NOT NULL,
    "mergedByUserId" UUID NOT NULL,
    "mergedAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "moved" JSONB NOT NULL,

    CONSTRAINT "PersonMerge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisclosureEntry" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "personId" UUID NOT NULL,
    "recipientOrganisationId" UUID NOT NULL,
    "actorUserId" UUID NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "basisRef" TEXT,
    "disclosedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DisclosureEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProtectionReferral" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "householdId" UUID NOT NULL,
    "personId" UUID,
    "officeOrganisationId" UUID NOT NULL,
    "urgent" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "referredByUserId" UUID NOT NULL,
    "referredByOrganisationId" UUID NOT NULL,
    "referredAt" TIMESTAMPTZ(3) NOT NULL,
    "acknowledgedAt" TIMESTAMPTZ(3),
    "acknowledgedByUserId" UUID,

    CONSTRAINT "ProtectionReferral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PersonMerge_municipalityCode_mergedAt_idx" ON "PersonMerge"("municipalityCode", "mergedAt");

-- CreateIndex
CREATE INDEX "PersonMerge_survivorId_idx" ON "PersonMerge"("survivorId");

-- CreateIndex
CREATE INDEX "PersonMerge_mergedId_idx" ON "PersonMerge"("mergedId");

-- CreateIndex
CREATE INDEX "DisclosureEntry_municipalityCode_personId_disclosedAt_idx" ON "DisclosureEntry"("municipalityCode", "personId", "disclosedAt");

-- CreateIndex
CREATE INDEX "DisclosureEntry_municipalityCode_recipientOrganisationId_di_idx" ON "DisclosureEntry"("municipalityCode", "recipientOrganisationId", "disclosedAt");

-- CreateIndex
CREATE INDEX "ProtectionReferral_municipalityCode_officeOrganisationId_ac_idx" ON "ProtectionReferral"("municipalityCode", "officeOrganisationId", "acknowledgedAt");

-- CreateIndex
CREATE INDEX "ProtectionReferral_householdId_idx" ON "ProtectionReferral"("householdId");

-- CreateIndex
CREATE INDEX "Case_municipalityCode_ownerOrganisationId_idx" ON "Case"("municipalityCode", "ownerOrganisationId");

-- CreateIndex
CREATE INDEX "Consultation_municipalityCode_organisationId_personId_idx" ON "Consultation"("municipalityCode", "organisationId", "personId");

-- CreateIndex
CREATE INDEX "Household_address_trgm_idx" ON "Household" USING GIN ("address" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Person_municipalityCode_createdByOrganisationId_idx" ON "Person"("municipalityCode", "createdByOrganisationId");

-- CreateIndex
CREATE INDEX "Person_nameKanaKey_trgm_idx" ON "Person" USING GIN ("nameKanaKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Person_nameKey_trgm_idx" ON "Person" USING GIN ("nameKey" gin_trgm_ops);


-- Tenant isolation (row-level security) for the new tables.
SELECT kasane_protect_tenant_table('"PersonMerge"', false);
SELECT kasane_protect_tenant_table('"DisclosureEntry"', false);
SELECT kasane_protect_tenant_table('"ProtectionReferral"', false);

-- C11: the disclosure ledger and the merge record are append-only for the application.
REVOKE UPDATE, DELETE ON "DisclosureEntry" FROM kasane_app;
REVOKE UPDATE, DELETE ON "PersonMerge" FROM kasane_app;
