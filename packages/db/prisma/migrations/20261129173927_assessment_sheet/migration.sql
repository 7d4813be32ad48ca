-- CreateTable
CREATE TABLE "AssessmentSheetVersion" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "caseId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "sheet" JSONB NOT NULL,
    "reportedKeys" TEXT[],
    "writtenByUserId" UUID NOT NULL,
    "writtenByOrganisationId" UUID NOT NULL,
    "writtenAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AssessmentSheetVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AssessmentSheetVersion_municipalityCode_caseId_idx" ON "AssessmentSheetVersion"("municipalityCode", "caseId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentSheetVersion_caseId_version_key" ON "AssessmentSheetVersion"("caseId", "version");

SELECT kasane_protect_tenant_table('"AssessmentSheetVersion"', false);
-- A revision is a new version: earlier sheets are what the worker saw then.
REVOKE UPDATE, DELETE ON "AssessmentSheetVersion" FROM kasane_app;
