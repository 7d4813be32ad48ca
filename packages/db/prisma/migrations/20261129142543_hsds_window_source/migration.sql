-- AlterTable
ALTER TABLE "ConsultationWindow" ADD COLUMN     "contacts" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "department" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "plainName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceCredit" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceLicence" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceTopics" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "sourceUrl" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "url" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "ConsultationWindow_municipalityCode_sourceId_idx" ON "ConsultationWindow"("municipalityCode", "sourceId");
