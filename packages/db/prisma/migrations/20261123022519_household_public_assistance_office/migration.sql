-- AlterTable
ALTER TABLE "Household" ADD COLUMN     "publicAssistanceOfficeId" UUID;
