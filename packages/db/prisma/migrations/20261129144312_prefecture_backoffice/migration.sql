-- CreateTable
CREATE TABLE "ProgramStatusChange" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceDate" DATE NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL,
    "changedByUserId" UUID NOT NULL,

    CONSTRAINT "ProgramStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatisticsRelease" (
    "id" UUID NOT NULL,
    "prefectureCode" CHAR(6) NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "threshold" INTEGER NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedByUserId" UUID NOT NULL,
    "municipalityCodes" TEXT[],
    "tables" JSONB NOT NULL,

    CONSTRAINT "StatisticsRelease_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgramStatusChange_municipalityCode_fiscalYear_changedAt_idx" ON "ProgramStatusChange"("municipalityCode", "fiscalYear", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "StatisticsRelease_prefectureCode_fiscalYear_key" ON "StatisticsRelease"("prefectureCode", "fiscalYear");

-- A status change names a municipality: the tenant policy lets a municipality read its own, the prefecture
-- reads and writes those of its own municipalities only.
SELECT kasane_protect_tenant_table('"ProgramStatusChange"', true);
GRANT INSERT ON "ProgramStatusChange" TO kasane_prefecture;
CREATE POLICY prefecture_write ON "ProgramStatusChange" FOR INSERT TO kasane_prefecture
  WITH CHECK (left("municipalityCode", 2) = left(current_setting('app.prefecture', true), 2));

-- The prefecture's own releases: only its own rows, and a release is never changed (no UPDATE, no DELETE).
ALTER TABLE "StatisticsRelease" ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON "StatisticsRelease" TO kasane_prefecture;
CREATE POLICY prefecture_own ON "StatisticsRelease" TO kasane_prefecture
  USING ("prefectureCode" = current_setting('app.prefecture', true))
  WITH CHECK ("prefectureCode" = current_setting('app.prefecture', true));
