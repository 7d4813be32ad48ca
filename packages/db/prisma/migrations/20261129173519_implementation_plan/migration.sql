-- CreateTable
CREATE TABLE "ImplementationPlanText" (
    "municipalityCode" CHAR(6) NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "sections" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedByUserId" UUID,

    CONSTRAINT "ImplementationPlanText_pkey" PRIMARY KEY ("municipalityCode","fiscalYear")
);

-- CreateTable
CREATE TABLE "ProgramStatusDeclaration" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "declaredAt" TIMESTAMPTZ(3) NOT NULL,
    "declaredByUserId" UUID NOT NULL,

    CONSTRAINT "ProgramStatusDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgramStatusDeclaration_municipalityCode_fiscalYear_declar_idx" ON "ProgramStatusDeclaration"("municipalityCode", "fiscalYear", "declaredAt");

-- Tenant tables. The prefecture reads the declared statuses (its status table); the plan's text stays the
-- municipality's until it publishes the plan itself.
SELECT kasane_protect_tenant_table('"ImplementationPlanText"', false);
SELECT kasane_protect_tenant_table('"ProgramStatusDeclaration"', true);
