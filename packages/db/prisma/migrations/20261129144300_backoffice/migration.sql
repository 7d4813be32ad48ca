-- CreateTable
CREATE TABLE "StructureDelivery" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "partId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "organisationId" UUID,
    "contractFrom" DATE,
    "contractTo" DATE,
    "dedicatedStaff" INTEGER NOT NULL DEFAULT 0,
    "concurrentStaff" INTEGER NOT NULL DEFAULT 0,
    "qualifications" TEXT[],
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StructureDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StructureProfile" (
    "municipalityCode" CHAR(6) NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "population" INTEGER,
    "lead" TEXT NOT NULL DEFAULT '',
    "coordinators" TEXT NOT NULL DEFAULT '',
    "participationApproach" TEXT NOT NULL DEFAULT '',
    "communityApproach" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactPhone" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedByUserId" UUID,

    CONSTRAINT "StructureProfile_pkey" PRIMARY KEY ("municipalityCode","fiscalYear")
);

-- CreateTable
CREATE TABLE "GrantLine" (
    "municipalityCode" CHAR(6) NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "partId" TEXT NOT NULL,
    "standardAmount" BIGINT NOT NULL,
    "expenditure" BIGINT NOT NULL,
    "totalCost" BIGINT NOT NULL,
    "otherIncome" BIGINT NOT NULL DEFAULT 0,
    "nationalRate" TEXT,
    "prefectureRate" TEXT,
    "adjustmentRate" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrantLine_pkey" PRIMARY KEY ("municipalityCode","fiscalYear","partId")
);

-- CreateTable
CREATE TABLE "GrantSubmission" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedByUserId" UUID NOT NULL,
    "supersededAt" TIMESTAMPTZ(3),

    CONSTRAINT "GrantSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantSubmissionLine" (
    "submissionId" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "partId" TEXT NOT NULL,
    "standardAmount" BIGINT NOT NULL,
    "expenditure" BIGINT NOT NULL,
    "totalCost" BIGINT NOT NULL,
    "otherIncome" BIGINT NOT NULL,
    "base" BIGINT NOT NULL,
    "national" BIGINT NOT NULL,
    "nationalAdjustment" BIGINT NOT NULL DEFAULT 0,
    "prefecture" BIGINT NOT NULL,
    "premium" BIGINT NOT NULL DEFAULT 0,
    "municipality" BIGINT NOT NULL,
    "fractions" JSONB NOT NULL,

    CONSTRAINT "GrantSubmissionLine_pkey" PRIMARY KEY ("submissionId","partId")
);

-- CreateTable
CREATE TABLE "AnnualReportSubmission" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedByUserId" UUID NOT NULL,
    "figures" JSONB NOT NULL,

    CONSTRAINT "AnnualReportSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StructureDelivery_municipalityCode_fiscalYear_idx" ON "StructureDelivery"("municipalityCode", "fiscalYear");

-- CreateIndex
CREATE UNIQUE INDEX "GrantSubmission_municipalityCode_fiscalYear_version_key" ON "GrantSubmission"("municipalityCode", "fiscalYear", "version");

-- CreateIndex
CREATE INDEX "GrantSubmissionLine_municipalityCode_idx" ON "GrantSubmissionLine"("municipalityCode");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReportSubmission_municipalityCode_fiscalYear_version_key" ON "AnnualReportSubmission"("municipalityCode", "fiscalYear", "version");

-- AddForeignKey
ALTER TABLE "GrantSubmissionLine" ADD CONSTRAINT "GrantSubmissionLine_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "GrantSubmission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Tenant tables. The prefecture reads the 体制 and the submitted figures (aggregates only, issue #11);
-- the draft grant lines stay the municipality's.
SELECT kasane_protect_tenant_table('"StructureDelivery"', true);
SELECT kasane_protect_tenant_table('"StructureProfile"', true);
SELECT kasane_protect_tenant_table('"GrantLine"', false);
SELECT kasane_protect_tenant_table('"GrantSubmission"', true);
SELECT kasane_protect_tenant_table('"GrantSubmissionLine"', true);
SELECT kasane_protect_tenant_table('"AnnualReportSubmission"', true);
