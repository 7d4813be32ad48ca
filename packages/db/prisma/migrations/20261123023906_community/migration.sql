-- 地域づくり register, 相談窓口, 参加支援 and portal requests (issue #5).

-- CreateTable
CREATE TABLE "CommunityPlace" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "name" TEXT NOT NULL,
    "kana" TEXT NOT NULL DEFAULT '',
    "kanaKey" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "organiserName" TEXT NOT NULL DEFAULT '',
    "organisationId" UUID,
    "partId" TEXT,
    "audiences" TEXT[],
    "accessibility" TEXT[],
    "feeYen" INTEGER,
    "feeNote" TEXT NOT NULL DEFAULT '',
    "postalCode" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "phone" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "url" TEXT NOT NULL DEFAULT '',
    "area" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "lastConfirmedAt" DATE NOT NULL,
    "sourceId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommunityPlace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunityActivity" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "placeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "organiserName" TEXT NOT NULL DEFAULT '',
    "partId" TEXT,
    "audiences" TEXT[],
    "audienceNote" TEXT NOT NULL DEFAULT '',
    "schedule" JSONB NOT NULL,
    "feeYen" INTEGER,
    "feeNote" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "lastConfirmedAt" DATE NOT NULL,
    "sourceId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommunityActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationWindow" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "organisationId" UUID,
    "name" TEXT NOT NULL,
    "kana" TEXT NOT NULL DEFAULT '',
    "hours" JSONB NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "fax" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "postalCode" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "languages" TEXT[],
    "topics" TEXT[],
    "note" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "lastConfirmedAt" DATE NOT NULL,
    "sourceId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConsultationWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipationResource" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "organisationId" UUID,
    "placeId" UUID,
    "isExistingProgramme" BOOLEAN NOT NULL DEFAULT false,
    "capacity" INTEGER,
    "conditions" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParticipationResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipationMatch" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "personId" UUID NOT NULL,
    "caseId" UUID,
    "resourceId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "existingConsidered" BOOLEAN NOT NULL,
    "existingConsideredNote" TEXT NOT NULL,
    "directReferralReason" TEXT,
    "status" TEXT NOT NULL,
    "startedAt" DATE,
    "endedAt" DATE,
    "outcome" TEXT,
    "createdByUserId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParticipationMatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipationFollowUp" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "matchId" UUID NOT NULL,
    "at" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "settled" BOOLEAN NOT NULL DEFAULT false,
    "byUserId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParticipationFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortalRequest" (
    "id" UUID NOT NULL,
    "municipalityCode" CHAR(6) NOT NULL,
    "kind" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "name" TEXT,
    "contactMethod" TEXT NOT NULL,
    "contact" TEXT,
    "preferredTime" TEXT NOT NULL DEFAULT '',
    "message" TEXT NOT NULL,
    "doNotContactHome" BOOLEAN NOT NULL DEFAULT false,
    "area" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'new',
    "consultationId" UUID,
    "handledAt" TIMESTAMPTZ(3),
    "handledByUserId" UUID,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PortalRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommunityPlace_municipalityCode_published_idx" ON "CommunityPlace"("municipalityCode", "published");

-- CreateIndex
CREATE INDEX "CommunityPlace_municipalityCode_lastConfirmedAt_idx" ON "CommunityPlace"("municipalityCode", "lastConfirmedAt");

-- CreateIndex
CREATE INDEX "CommunityActivity_municipalityCode_placeId_idx" ON "CommunityActivity"("municipalityCode", "placeId");

-- CreateIndex
CREATE INDEX "ConsultationWindow_municipalityCode_published_idx" ON "ConsultationWindow"("municipalityCode", "published");

-- CreateIndex
CREATE INDEX "ParticipationResource_municipalityCode_kind_idx" ON "ParticipationResource"("municipalityCode", "kind");

-- CreateIndex
CREATE INDEX "ParticipationMatch_municipalityCode_personId_idx" ON "ParticipationMatch"("municipalityCode", "personId");

-- CreateIndex
CREATE INDEX "ParticipationMatch_resourceId_idx" ON "ParticipationMatch"("resourceId");

-- CreateIndex
CREATE INDEX "ParticipationFollowUp_municipalityCode_matchId_idx" ON "ParticipationFollowUp"("municipalityCode", "matchId");

-- CreateIndex
CREATE UNIQUE INDEX "PortalRequest_reference_key" ON "PortalRequest"("reference");

-- CreateIndex
CREATE INDEX "PortalRequest_municipalityCode_kind_status_receivedAt_idx" ON "PortalRequest"("municipalityCode", "kind", "status", "receivedAt");

-- AddForeignKey
ALTER TABLE "CommunityActivity" ADD CONSTRAINT "CommunityActivity_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "CommunityPlace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipationMatch" ADD CONSTRAINT "ParticipationMatch_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "ParticipationResource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipationFollowUp" ADD CONSTRAINT "ParticipationFollowUp_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "ParticipationMatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: every table here is tenant-owned (published rows too: the portal reads them in the public scope of one municipality).
SELECT kasane_protect_tenant_table('"CommunityPlace"', false);
SELECT kasane_protect_tenant_table('"CommunityActivity"', false);
SELECT kasane_protect_tenant_table('"ConsultationWindow"', false);
SELECT kasane_protect_tenant_table('"ParticipationResource"', false);
SELECT kasane_protect_tenant_table('"ParticipationMatch"', false);
SELECT kasane_protect_tenant_table('"ParticipationFollowUp"', false);
SELECT kasane_protect_tenant_table('"PortalRequest"', false);
