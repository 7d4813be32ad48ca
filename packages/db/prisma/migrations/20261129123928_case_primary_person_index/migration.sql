-- CreateIndex
CREATE INDEX "Case_primaryPersonId_idx" ON "Case"("primaryPersonId");
