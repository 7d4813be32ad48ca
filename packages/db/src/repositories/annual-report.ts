// 実績報告 (issue #11 item 3): the year's figures counted in SQL from the records, never rows loaded.
// Counts only; no column that names a person leaves these statements.
import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';

export interface ReportFigure {
  metric: string;
  key: string;
  value: number;
}

/**
 * Every figure of one municipality for [from, to). `issueFields` maps each issue to its fields (the
 * domain's taxonomy) so a consultation is counted once in each field its issues touch.
 */
export async function computeAnnualReportFigures(tx: Tx, municipalityCode: string, from: Date, to: Date, issueFields: { issue: string; field: string }[]): Promise<ReportFigure[]> {
  const mc = municipalityCode;
  const issues = issueFields.map((i) => i.issue);
  const fields = issueFields.map((i) => i.field);
  const rows = await tx.$queryRaw<{ metric: string; key: string; value: bigint }[]>`
    WITH c AS (SELECT id, channel, "issueIds" FROM "Consultation" WHERE "municipalityCode" = ${mc} AND "receivedAt" >= ${from} AND "receivedAt" < ${to}),
    started AS (
      SELECT "caseId", min(at) AS at FROM "CaseEventLog" WHERE "municipalityCode" = ${mc} AND "toStatus" = 'support_decided' GROUP BY "caseId"
    ),
    coord AS (SELECT k.id, s.at AS started, k."closedAt" FROM "Case" k JOIN started s ON s."caseId" = k.id WHERE k."municipalityCode" = ${mc}),
    held AS (SELECT id, kind FROM "Meeting" WHERE "municipalityCode" = ${mc} AND "heldAt" >= ${from} AND "heldAt" < ${to}),
    -- 国への報告事項 (ADR 0028): a case assessed in the year counts once per key of its latest version by the year's end
    latest AS (
      SELECT DISTINCT ON ("caseId") "caseId", "reportedKeys" FROM "AssessmentSheetVersion"
      WHERE "municipalityCode" = ${mc} AND "writtenAt" < ${to} ORDER BY "caseId", version DESC
    ),
    assessed AS (
      SELECT l."caseId", l."reportedKeys" FROM latest l
      WHERE EXISTS (SELECT 1 FROM "AssessmentSheetVersion" v WHERE v."municipalityCode" = ${mc} AND v."caseId" = l."caseId" AND v."writtenAt" >= ${from} AND v."writtenAt" < ${to})
    ),
    reported AS (SELECT a."caseId", split_part(k, ':', 1) AS item, split_part(k, ':', 2) AS key FROM assessed a, unnest(a."reportedKeys") AS k)
    SELECT 'consultations' AS metric, '' AS key, count(*) AS value FROM c
    UNION ALL SELECT 'consultations.channel', channel, count(*) FROM c GROUP BY channel
    UNION ALL SELECT 'consultations.issue', i, count(*) FROM c, unnest(c."issueIds") AS i GROUP BY i
    UNION ALL SELECT 'consultations.field', f.field, count(DISTINCT c.id) FROM c, unnest(c."issueIds") AS i
      JOIN unnest(${issues}::text[], ${fields}::text[]) AS f(issue, field) ON f.issue = i GROUP BY f.field
    UNION ALL SELECT 'coordination.new', '', count(*) FROM coord WHERE started >= ${from} AND started < ${to}
    UNION ALL SELECT 'coordination.continuing', '', count(*) FROM coord WHERE started < ${from} AND ("closedAt" IS NULL OR "closedAt" >= ${from})
    UNION ALL SELECT 'coordination.closed', '', count(*) FROM coord WHERE "closedAt" >= ${from} AND "closedAt" < ${to}
    UNION ALL SELECT 'assessment.cases', '', count(*) FROM assessed
    UNION ALL SELECT 'assessment.' || item, key, count(DISTINCT "caseId") FROM reported WHERE item IN ('issueIds', 'employment', 'housing') GROUP BY item, key
    UNION ALL SELECT 'assessment.field', f.field, count(DISTINCT r."caseId") FROM reported r
      JOIN unnest(${issues}::text[], ${fields}::text[]) AS f(issue, field) ON f.issue = r.key WHERE r.item = 'issueIds' GROUP BY f.field
    UNION ALL SELECT 'plans.created', '', count(*) FROM "SupportPlan" WHERE "municipalityCode" = ${mc} AND version = 1 AND "createdAt" >= ${from} AND "createdAt" < ${to}
    UNION ALL SELECT 'plans.revised', '', count(*) FROM "SupportPlan" WHERE "municipalityCode" = ${mc} AND version > 1 AND "createdAt" >= ${from} AND "createdAt" < ${to}
    UNION ALL SELECT 'meetings.held', kind, count(*) FROM held GROUP BY kind
    UNION ALL SELECT 'meetings.cases', h.kind, count(DISTINCT coalesce(a."caseId", a."householdId", a."outreachSubjectId", a."id")) FROM held h JOIN "AgendaItem" a ON a."meetingId" = h.id GROUP BY h.kind
    UNION ALL SELECT 'outreach.subjects', '', count(DISTINCT o."subjectId") FROM "OutreachContact" o WHERE o."municipalityCode" = ${mc} AND o."contactedAt" >= ${from} AND o."contactedAt" < ${to}
    UNION ALL SELECT 'outreach.newSubjects', '', count(*) FROM "OutreachSubject" WHERE "municipalityCode" = ${mc} AND "createdAt" >= ${from} AND "createdAt" < ${to}
    UNION ALL SELECT 'outreach.contacts', '', count(*) FROM "OutreachContact" WHERE "municipalityCode" = ${mc} AND "contactedAt" >= ${from} AND "contactedAt" < ${to}
    UNION ALL SELECT 'participation.matches', '', count(*) FROM "ParticipationMatch" WHERE "municipalityCode" = ${mc} AND "createdAt" >= ${from} AND "createdAt" < ${to}
    UNION ALL SELECT 'participation.settled', '', count(DISTINCT "matchId") FROM "ParticipationFollowUp" WHERE "municipalityCode" = ${mc} AND settled AND "at" >= ${from}::date AND "at" < ${to}::date
    UNION ALL SELECT 'register.places', kind, count(*) FROM "CommunityPlace" WHERE "municipalityCode" = ${mc} AND "createdAt" < ${to} GROUP BY kind
    UNION ALL SELECT 'register.activities', '', count(*) FROM "CommunityActivity" WHERE "municipalityCode" = ${mc} AND "createdAt" < ${to}`;
  return rows.map((r) => ({ metric: r.metric, key: r.key, value: Number(r.value) }));
}

export async function createAnnualReportSubmission(tx: Tx, data: { municipalityCode: string; fiscalYear: number; userId: string; at: Date; figures: ReportFigure[] }) {
  const last = await tx.annualReportSubmission.findFirst({ where: { municipalityCode: data.municipalityCode, fiscalYear: data.fiscalYear }, orderBy: { version: 'desc' }, select: { version: true } });
  return tx.annualReportSubmission.create({
    data: { municipalityCode: data.municipalityCode, fiscalYear: data.fiscalYear, version: (last?.version ?? 0) + 1, submittedAt: data.at, submittedByUserId: data.userId, figures: data.figures as unknown as Prisma.InputJsonValue },
    select: { id: true, version: true, submittedAt: true },
  });
}

export async function listAnnualReportSubmissions(tx: Tx, municipalityCode: string, fiscalYear: number) {
  return tx.annualReportSubmission.findMany({ where: { municipalityCode, fiscalYear }, orderBy: { version: 'desc' }, select: { id: true, version: true, submittedAt: true } });
}

/**
 * The prefecture's statistics: the first submitted report of each municipality and fiscal year. Only the
 * first is published — a later version would be a second release of the same closed year, and two
 * releases differing in one cell would let a reader recover it (issue #11 item 8).
 */
export async function listFirstReportFiguresOfPrefecture(tx: Tx, prefectureCode: string, fiscalYears: number[]) {
  const rows = await tx.$queryRaw<{ municipalityCode: string; fiscalYear: number; metric: string; key: string; value: bigint }[]>`
    SELECT r."municipalityCode", r."fiscalYear", f->>'metric' AS metric, f->>'key' AS key, (f->>'value')::bigint AS value
    FROM "AnnualReportSubmission" r, jsonb_array_elements(r.figures) AS f
    WHERE left(r."municipalityCode", 2) = left(${prefectureCode}, 2) AND r."fiscalYear" = ANY(${fiscalYears}::int[]) AND r.version = 1
    ORDER BY r."municipalityCode", r."fiscalYear", metric, key`;
  return rows.map((r) => ({ municipalityCode: r.municipalityCode, fiscalYear: r.fiscalYear, metric: r.metric, key: r.key, value: Number(r.value) }));
}

/** Who submitted which year (first submissions), without the figures. */
export async function listAnnualReportSubmissionsOfPrefecture(tx: Tx, prefectureCode: string) {
  const rows = await tx.$queryRaw<{ municipalityCode: string; fiscalYear: number; submittedAt: Date }[]>`
    SELECT "municipalityCode", "fiscalYear", "submittedAt" FROM "AnnualReportSubmission"
    WHERE left("municipalityCode", 2) = left(${prefectureCode}, 2) AND version = 1 ORDER BY "fiscalYear", "municipalityCode"`;
  return rows;
}
