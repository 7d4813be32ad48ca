-- AlterTable
ALTER TABLE "CommunityActivity" ADD COLUMN     "sourceCredit" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceLicence" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceUrl" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "CommunityPlace" ADD COLUMN     "sourceCredit" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceLicence" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceUrl" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "CommunityActivity_municipalityCode_sourceId_idx" ON "CommunityActivity"("municipalityCode", "sourceId");

-- CreateIndex
CREATE INDEX "CommunityPlace_municipalityCode_sourceId_idx" ON "CommunityPlace"("municipalityCode", "sourceId");
