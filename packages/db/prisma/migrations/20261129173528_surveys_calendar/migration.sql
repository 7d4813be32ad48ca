-- CreateTable
CREATE TABLE "Survey" (
    "id" UUID NOT NULL,
    "prefectureCode" CHAR(6) NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "questions" JSONB NOT NULL,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "createdByUserId" UUID NOT NULL,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "surveyId" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "answers" JSONB NOT NULL DEFAULT '{}',
    "savedAt" TIMESTAMPTZ(3),
    "submittedAt" TIMESTAMPTZ(3),
    "submittedByUserId" UUID,
    "reopenCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("surveyId","municipalityCode")
);

-- CreateTable
CREATE TABLE "SupportEvent" (
    "id" UUID NOT NULL,
    "prefectureCode" CHAR(6) NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "place" TEXT NOT NULL DEFAULT '',
    "online" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "createdByUserId" UUID NOT NULL,

    CONSTRAINT "SupportEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventAttendance" (
    "eventId" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "reply" TEXT NOT NULL DEFAULT 'pending',
    "attendees" INTEGER NOT NULL DEFAULT 0,
    "roles" TEXT NOT NULL DEFAULT '',
    "repliedAt" TIMESTAMPTZ(3),
    "repliedByUserId" UUID,

    CONSTRAINT "EventAttendance_pkey" PRIMARY KEY ("eventId","municipalityCode")
);

-- CreateIndex
CREATE INDEX "Survey_prefectureCode_createdAt_idx" ON "Survey"("prefectureCode", "createdAt");

-- CreateIndex
CREATE INDEX "SurveyResponse_municipalityCode_idx" ON "SurveyResponse"("municipalityCode");

-- CreateIndex
CREATE INDEX "SupportEvent_prefectureCode_startsAt_idx" ON "SupportEvent"("prefectureCode", "startsAt");

-- CreateIndex
CREATE INDEX "EventAttendance_municipalityCode_idx" ON "EventAttendance"("municipalityCode");

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAttendance" ADD CONSTRAINT "EventAttendance_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "SupportEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------- row-level security (ADR 0025) ----------
-- Survey and SupportEvent belong to a prefecture: kasane_prefecture reads and creates its own only; a
-- municipality (kasane_app) reads one only while a response or attendance row addresses it.
ALTER TABLE "Survey" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SupportEvent" ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON "Survey", "SupportEvent" TO kasane_prefecture;
GRANT SELECT ON "Survey", "SupportEvent" TO kasane_app;
CREATE POLICY prefecture_own ON "Survey" TO kasane_prefecture
  USING ("prefectureCode" = current_setting('app.prefecture', true))
  WITH CHECK ("prefectureCode" = current_setting('app.prefecture', true));
CREATE POLICY prefecture_own ON "SupportEvent" TO kasane_prefecture
  USING ("prefectureCode" = current_setting('app.prefecture', true))
  WITH CHECK ("prefectureCode" = current_setting('app.prefecture', true));
CREATE POLICY system_access ON "Survey" TO kasane_system USING (true) WITH CHECK (true);
CREATE POLICY system_access ON "SupportEvent" TO kasane_system USING (true) WITH CHECK (true);

-- The tenant rows: a municipality reads and updates its own (the answer, the reply), never creates or
-- deletes one, and cannot touch how often it was reopened; the prefecture reads its municipalities' rows,
-- creates them when it sends, and changes only the status (reopen).
SELECT kasane_protect_tenant_table('"SurveyResponse"', true);
SELECT kasane_protect_tenant_table('"EventAttendance"', true);
REVOKE INSERT, UPDATE, DELETE ON "SurveyResponse", "EventAttendance" FROM kasane_app;
GRANT UPDATE ("status", "answers", "savedAt", "submittedAt", "submittedByUserId") ON "SurveyResponse" TO kasane_app;
GRANT UPDATE ("reply", "attendees", "roles", "repliedAt", "repliedByUserId") ON "EventAttendance" TO kasane_app;

CREATE POLICY addressed ON "Survey" FOR SELECT TO kasane_app
  USING (EXISTS (SELECT 1 FROM "SurveyResponse" r WHERE r."surveyId" = "Survey".id AND r."municipalityCode" = current_setting('app.municipality', true)));
CREATE POLICY addressed ON "SupportEvent" FOR SELECT TO kasane_app
  USING (EXISTS (SELECT 1 FROM "EventAttendance" a WHERE a."eventId" = "SupportEvent".id AND a."municipalityCode" = current_setting('app.municipality', true)));

GRANT INSERT ON "SurveyResponse", "EventAttendance" TO kasane_prefecture;
GRANT UPDATE ("status", "reopenCount") ON "SurveyResponse" TO kasane_prefecture;
CREATE POLICY prefecture_send ON "SurveyResponse" FOR INSERT TO kasane_prefecture
  WITH CHECK (left("municipalityCode", 2) = left(current_setting('app.prefecture', true), 2));
CREATE POLICY prefecture_reopen ON "SurveyResponse" FOR UPDATE TO kasane_prefecture
  USING (left("municipalityCode", 2) = left(current_setting('app.prefecture', true), 2))
  WITH CHECK (left("municipalityCode", 2) = left(current_setting('app.prefecture', true), 2));
CREATE POLICY prefecture_send ON "EventAttendance" FOR INSERT TO kasane_prefecture
  WITH CHECK (left("municipalityCode", 2) = left(current_setting('app.prefecture', true), 2));
