-- A municipality retires a meeting type it no longer holds (issue #4 item 5): it is no longer offered
-- for new meetings and stays with the meetings already set with it, which keep their copied kind.
-- AlterTable
ALTER TABLE "MeetingType" ADD COLUMN     "retiredAt" TIMESTAMPTZ(3);
