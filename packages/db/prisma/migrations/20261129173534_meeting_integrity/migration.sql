-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "outreachSubjectId" UUID,
ADD COLUMN     "planVersion" INTEGER,
ADD COLUMN     "subjectDescription" TEXT,
ADD COLUMN     "subjectKind" TEXT NOT NULL DEFAULT 'case',
ALTER COLUMN "householdId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "signerKind" TEXT NOT NULL DEFAULT 'self',
ADD COLUMN     "signerName" TEXT,
ADD COLUMN     "signerRelation" TEXT,
ADD COLUMN     "withdrawalMethod" TEXT,
ADD COLUMN     "withdrawnOn" DATE;

-- AlterTable
ALTER TABLE "MeetingDecisionRecord" ADD COLUMN     "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "MeetingMember" ADD COLUMN     "attendance" TEXT;

-- CreateTable
CREATE TABLE "MeetingGuest" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "meetingId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "roleNote" TEXT,
    "undertakingOnPaperOn" DATE,
    "undertakingNotedByUserId" UUID,
    "attendance" TEXT,
    "addedByUserId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingGuest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseClosure" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "caseId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "reasonText" TEXT NOT NULL,
    "closedOn" DATE NOT NULL,
    "recordedByUserId" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseClosure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingGuest_municipalityCode_meetingId_idx" ON "MeetingGuest"("municipalityCode", "meetingId");

-- CreateIndex
CREATE INDEX "CaseClosure_municipalityCode_caseId_idx" ON "CaseClosure"("municipalityCode", "caseId");

SELECT kasane_protect_tenant_table('"MeetingGuest"', false);
SELECT kasane_protect_tenant_table('"CaseClosure"', false);

-- An old meeting keeps the plan version it judged: freeze it from the decisions already taken.
UPDATE "AgendaItem" a SET "planVersion" = d."planVersion"
  FROM "MeetingDecisionRecord" d WHERE d."agendaItemId" = a."id" AND d."planVersion" IS NOT NULL;
-- Decisions entered before this change: the entry time was the only date kept.
UPDATE "MeetingDecisionRecord" SET "recordedAt" = "decidedAt";
