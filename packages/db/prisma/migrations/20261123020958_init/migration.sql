-- CreateTable
CREATE TABLE "Prefecture" (
    "code" CHAR(6) NOT NULL,
    "name" TEXT NOT NULL,
    "kana" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "Prefecture_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "code" CHAR(6) NOT NULL,
    "prefectureCode" CHAR(6) NOT NULL,
    "name" TEXT NOT NULL,
    "kana" TEXT NOT NULL,
    "parentCode" CHAR(6),
    "isWard" BOOLEAN NOT NULL DEFAULT false,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "url" TEXT NOT NULL,
    "kanaKey" TEXT NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "MunicipalityProgramStatus" (
    "municipalityCode" CHAR(6) NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "MunicipalityProgramStatus_pkey" PRIMARY KEY ("municipalityCode","fiscalYear")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "isPublicAssistanceOffice" BOOLEAN NOT NULL DEFAULT false,
    "phone" TEXT,
    "address" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartDelivery" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "organisationId" UUID NOT NULL,
    "partId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,

    CONSTRAINT "PartDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "loginId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "municipalityCode" CHAR(6),
    "prefectureCode" CHAR(6),
    "organisationId" UUID,
    "passwordHash" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "seq" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "actorRole" TEXT NOT NULL,
    "actorOrganisationId" UUID,
    "municipalityCode" CHAR(6),
    "action" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "basisRef" TEXT,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "Household" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "address" TEXT NOT NULL,
    "postalCode" TEXT,
    "onPublicAssistance" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "householdId" UUID NOT NULL,
    "familyName" TEXT NOT NULL,
    "givenName" TEXT NOT NULL,
    "familyNameKana" TEXT NOT NULL,
    "givenNameKana" TEXT NOT NULL,
    "nameKanaKey" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "birthDate" DATE,
    "relationship" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "householdId" UUID,
    "personId" UUID,
    "organisationId" UUID NOT NULL,
    "receivedByUserId" UUID NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "channel" TEXT NOT NULL,
    "consulterType" TEXT NOT NULL,
    "issueIds" TEXT[],
    "summary" TEXT NOT NULL,
    "triage" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "householdId" UUID NOT NULL,
    "primaryPersonId" UUID NOT NULL,
    "ownerOrganisationId" UUID NOT NULL,
    "leadOrganisationId" UUID,
    "coordinatorUserId" UUID,
    "status" TEXT NOT NULL,
    "issueIds" TEXT[],
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseParticipant" (
    "caseId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "role" TEXT,

    CONSTRAINT "CaseParticipant_pkey" PRIMARY KEY ("caseId","organisationId")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "personId" UUID NOT NULL,
    "organisationIds" TEXT[],
    "purposes" TEXT[],
    "method" TEXT NOT NULL,
    "obtainedByUserId" UUID NOT NULL,
    "obtainedAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),
    "guardianName" TEXT,
    "childView" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Municipality_prefectureCode_idx" ON "Municipality"("prefectureCode");

-- CreateIndex
CREATE INDEX "Municipality_kanaKey_idx" ON "Municipality"("kanaKey");

-- CreateIndex
CREATE INDEX "Organisation_municipalityCode_idx" ON "Organisation"("municipalityCode");

-- CreateIndex
CREATE INDEX "PartDelivery_municipalityCode_idx" ON "PartDelivery"("municipalityCode");

-- CreateIndex
CREATE UNIQUE INDEX "PartDelivery_organisationId_partId_mode_key" ON "PartDelivery"("organisationId", "partId", "mode");

-- CreateIndex
CREATE UNIQUE INDEX "User_loginId_key" ON "User"("loginId");

-- CreateIndex
CREATE INDEX "User_municipalityCode_idx" ON "User"("municipalityCode");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditEntry_municipalityCode_recordType_recordId_idx" ON "AuditEntry"("municipalityCode", "recordType", "recordId");

-- CreateIndex
CREATE INDEX "AuditEntry_actorUserId_idx" ON "AuditEntry"("actorUserId");

-- CreateIndex
CREATE INDEX "Household_municipalityCode_createdAt_idx" ON "Household"("municipalityCode", "createdAt");

-- CreateIndex
CREATE INDEX "Person_municipalityCode_nameKanaKey_idx" ON "Person"("municipalityCode", "nameKanaKey");

-- CreateIndex
CREATE INDEX "Person_municipalityCode_birthDate_idx" ON "Person"("municipalityCode", "birthDate");

-- CreateIndex
CREATE INDEX "Person_householdId_idx" ON "Person"("householdId");

-- CreateIndex
CREATE INDEX "Consultation_municipalityCode_receivedAt_idx" ON "Consultation"("municipalityCode", "receivedAt");

-- CreateIndex
CREATE INDEX "Consultation_householdId_idx" ON "Consultation"("householdId");

-- CreateIndex
CREATE INDEX "Case_municipalityCode_status_idx" ON "Case"("municipalityCode", "status");

-- CreateIndex
CREATE INDEX "Case_householdId_idx" ON "Case"("householdId");

-- CreateIndex
CREATE INDEX "CaseParticipant_municipalityCode_idx" ON "CaseParticipant"("municipalityCode");

-- CreateIndex
CREATE INDEX "Consent_municipalityCode_personId_idx" ON "Consent"("municipalityCode", "personId");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_prefectureCode_fkey" FOREIGN KEY ("prefectureCode") REFERENCES "Prefecture"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartDelivery" ADD CONSTRAINT "PartDelivery_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseParticipant" ADD CONSTRAINT "CaseParticipant_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
