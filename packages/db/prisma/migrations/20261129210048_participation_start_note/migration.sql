-- AlterTable
ALTER TABLE "ParticipationMatch" ADD COLUMN     "startNote" TEXT;
