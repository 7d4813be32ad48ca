-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "approvedPlanVersion" INTEGER,
ADD COLUMN     "consentId" UUID,
ADD COLUMN     "planVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reopenCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "supportDecidedAt" DATE;

-- CreateTable
CREATE TABLE "CaseAssessment" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "caseId" UUID NOT NULL,
    "summary" TEXT NOT NULL,
    "issueIds" TEXT[],
    "strengths" TEXT,
    "recordedByUserId" UUID NOT NULL,
    "recordedByOrganisationId" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CaseAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportPlan" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "caseId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "goals" JSONB NOT NULL,
    "roles" JSONB NOT NULL,
    "direction" TEXT NOT NULL,
    "reviewDate" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "approvedAtMeetingId" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "createdByUserId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SupportPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressNote" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "caseId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "authorUserId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProgressNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEventLog" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "caseId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "fromStatus" TEXT NOT NULL,
    "toStatus" TEXT NOT NULL,
    "actorUserId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "meetingId" UUID,
    "note" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CaseEventLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutreachSubject" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "label" TEXT NOT NULL,
    "areaNote" TEXT,
    "referredBy" TEXT,
    "stage" TEXT NOT NULL,
    "ownerOrganisationId" UUID NOT NULL,
    "workerUserId" UUID,
    "personId" UUID,
    "caseId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutreachSubject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutreachContact" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "subjectId" UUID NOT NULL,
    "method" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "note" TEXT,
    "stageAfter" TEXT NOT NULL,
    "contactedAt" TIMESTAMPTZ(3) NOT NULL,
    "userId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,

    CONSTRAINT "OutreachContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingType" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "frequency" TEXT,
    "jointBodyIds" TEXT[],
    "note" TEXT,

    CONSTRAINT "MeetingType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "meetingTypeId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "scheduledAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT,
    "jointBodyId" TEXT,
    "jointNote" TEXT,
    "chairUserId" UUID NOT NULL,
    "minutes" TEXT,
    "heldAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingMember" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "meetingId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "undertakingSignedAt" TIMESTAMPTZ(3),
    "undertakingText" TEXT,

    CONSTRAINT "MeetingMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "meetingId" UUID NOT NULL,
    "caseId" UUID,
    "householdId" UUID NOT NULL,
    "personIds" TEXT[],
    "basis" TEXT NOT NULL,
    "consentIds" TEXT[],
    "notes" TEXT,
    "addedByUserId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDecisionRecord" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "meetingId" UUID NOT NULL,
    "agendaItemId" UUID NOT NULL,
    "caseId" UUID,
    "decision" TEXT NOT NULL,
    "planVersion" INTEGER,
    "roles" JSONB,
    "note" TEXT,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedByUserId" UUID NOT NULL,

    CONSTRAINT "MeetingDecisionRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseAssessment_municipalityCode_caseId_idx" ON "CaseAssessment"("municipalityCode", "caseId");

-- CreateIndex
CREATE INDEX "SupportPlan_municipalityCode_caseId_idx" ON "SupportPlan"("municipalityCode", "caseId");

-- CreateIndex
CREATE UNIQUE INDEX "SupportPlan_caseId_version_key" ON "SupportPlan"("caseId", "version");

-- CreateIndex
CREATE INDEX "ProgressNote_municipalityCode_caseId_recordedAt_idx" ON "ProgressNote"("municipalityCode", "caseId", "recordedAt");

-- CreateIndex
CREATE INDEX "CaseEventLog_municipalityCode_caseId_at_idx" ON "CaseEventLog"("municipalityCode", "caseId", "at");

-- CreateIndex
CREATE INDEX "OutreachSubject_municipalityCode_stage_idx" ON "OutreachSubject"("municipalityCode", "stage");

-- CreateIndex
CREATE INDEX "OutreachContact_municipalityCode_subjectId_contactedAt_idx" ON "OutreachContact"("municipalityCode", "subjectId", "contactedAt");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingType_municipalityCode_key_key" ON "MeetingType"("municipalityCode", "key");

-- CreateIndex
CREATE INDEX "Meeting_municipalityCode_scheduledAt_idx" ON "Meeting"("municipalityCode", "scheduledAt");

-- CreateIndex
CREATE INDEX "MeetingMember_municipalityCode_userId_idx" ON "MeetingMember"("municipalityCode", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingMember_meetingId_userId_key" ON "MeetingMember"("meetingId", "userId");

-- CreateIndex
CREATE INDEX "AgendaItem_municipalityCode_meetingId_idx" ON "AgendaItem"("municipalityCode", "meetingId");

-- CreateIndex
CREATE INDEX "MeetingDecisionRecord_municipalityCode_meetingId_idx" ON "MeetingDecisionRecord"("municipalityCode", "meetingId");

-- AddForeignKey
ALTER TABLE "OutreachContact" ADD CONSTRAINT "OutreachContact_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "OutreachSubject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_meetingTypeId_fkey" FOREIGN KEY ("meetingTypeId") REFERENCES "MeetingType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMember" ADD CONSTRAINT "MeetingMember_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecisionRecord" ADD CONSTRAINT "MeetingDecisionRecord_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: every table here is tenant-owned; the prefecture never reads case or meeting rows.
SELECT kasane_protect_tenant_table('"CaseAssessment"', false);
SELECT kasane_protect_tenant_table('"SupportPlan"', false);
SELECT kasane_protect_tenant_table('"ProgressNote"', false);
SELECT kasane_protect_tenant_table('"CaseEventLog"', false);
SELECT kasane_protect_tenant_table('"OutreachSubject"', false);
SELECT kasane_protect_tenant_table('"OutreachContact"', false);
SELECT kasane_protect_tenant_table('"MeetingType"', false);
SELECT kasane_protect_tenant_table('"Meeting"', false);
SELECT kasane_protect_tenant_table('"MeetingMember"', false);
SELECT kasane_protect_tenant_table('"AgendaItem"', false);
SELECT kasane_protect_tenant_table('"MeetingDecisionRecord"', false);
