-- AlterTable
ALTER TABLE "SupportEvent" ADD COLUMN     "cancelReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "cancelledAt" TIMESTAMPTZ(3),
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "cancelReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "cancelledAt" TIMESTAMPTZ(3),
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3);

-- After sending, the prefecture changes its own survey or event (title, deadline or date, questions
-- before any answer) or cancels it (取り消し with a reason); nothing else of the row, and never another's
-- (the prefecture_own policy). A municipality still only reads them.
GRANT UPDATE ("title", "description", "questions", "deadline", "updatedAt", "cancelledAt", "cancelReason") ON "Survey" TO kasane_prefecture;
GRANT UPDATE ("kind", "title", "startsAt", "endsAt", "place", "online", "notes", "updatedAt", "cancelledAt", "cancelReason") ON "SupportEvent" TO kasane_prefecture;
