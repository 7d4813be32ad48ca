import { z } from 'zod';
import { ZFiscalYear } from '../../services/backoffice/fiscal-period.js';
import {
  compareStructures, contactsForPrefecture, grantTotalsForPrefecture, programStatuses, setStatusForPrefecture, statusHistoryForPrefecture, statusOrigins,
} from '../../services/prefecture/backoffice-service.js';
import { exportReleaseCsv, getReleaseForPrefecture, getTrendForPrefecture, listReleasesForPrefecture, publishRelease } from '../../services/prefecture/statistics-service.js';
import { prefectureProcedure, router } from '../../trpc.js';

// Every output below is an explicit schema of aggregates and organisational facts: nothing else can leave
// for the prefecture (test/prefecture-outputs.test.ts walks them all).
const ZCode = z.string().regex(/^\d{6}$/, '市町村コードは6桁です。');
const ZCount = z.number().int().nonnegative();
const ZYen = z.number().int().nonnegative();
const ZStatus = z.enum(programStatuses);

/** origin municipality: the municipality's own declaration in Kasane (「市町村の申告」), shown over the others */
export const ZStatusOut = z.object({ fiscalYear: z.number(), status: z.string(), source: z.string(), sourceDate: z.string().nullable(), origin: z.enum(statusOrigins) });
const ZStatusHistory = z.object({
  municipalityCode: z.string(),
  municipalityName: z.string(),
  current: z.array(ZStatusOut.extend({ municipalityCode: z.string() })),
  history: z.array(ZStatusOut.extend({ changedAt: z.date().nullable() })),
});

const ZReleaseList = z.object({
  municipalityCount: ZCount,
  years: z.array(z.object({
    fiscalYear: z.number(), fiscalYearLabel: z.string(), closed: z.boolean(), submitted: ZCount,
    released: z.object({ publishedAt: z.date(), municipalities: ZCount, threshold: ZCount }).nullable(),
  })),
});
const ZColumn = z.object({ key: z.string(), label: z.string() });
const ZRelease = z.object({
  fiscalYear: z.number(),
  fiscalYearLabel: z.string(),
  publishedAt: z.date(),
  threshold: ZCount,
  tables: z.array(z.object({
    family: z.string(),
    label: z.string(),
    columns: z.array(ZColumn),
    /** null: suppressed (primary or complementary, SPEC §7) */
    rows: z.array(z.object({ municipalityCode: z.string(), municipalityName: z.string(), cells: z.array(ZCount.nullable()), total: ZCount.nullable() })),
    hasRowTotals: z.boolean(),
    columnTotals: z.array(ZCount.nullable()),
    grandTotal: ZCount.nullable(),
  })),
});
const ZTrend = z.array(z.object({
  fiscalYear: z.number(),
  fiscalYearLabel: z.string(),
  totals: z.array(z.object({ family: z.string(), label: z.string(), grandTotal: ZCount.nullable(), columns: z.array(ZColumn.extend({ total: ZCount.nullable() })) })),
}));

const ZCompare = z.object({
  fiscalYear: z.number(),
  fiscalYearLabel: z.string(),
  municipalities: z.array(z.object({
    code: z.string(), name: z.string(), population: ZCount.nullable(), lead: z.string(), coordinators: z.string(), participationApproach: z.string(), communityApproach: z.string(), notes: z.string(),
    deliveries: z.array(z.object({ partLabel: z.string(), mode: z.string(), organisationName: z.string(), dedicatedStaff: ZCount, concurrentStaff: ZCount, qualifications: z.array(z.string()) })),
  })),
});
const ZGrantTotals = z.object({
  fiscalYear: z.number(),
  fiscalYearLabel: z.string(),
  lines: z.array(z.object({ municipalityCode: z.string(), municipalityName: z.string(), partId: z.string(), partLabel: z.string(), version: z.number(), base: ZYen, national: ZYen, prefecture: ZYen, premium: ZYen, municipality: ZYen })),
  byPart: z.array(z.object({ partId: z.string(), partLabel: z.string(), base: ZYen, national: ZYen, prefecture: ZYen, municipalities: ZCount })),
  prefectureTotal: ZYen,
});
const ZContacts = z.array(z.object({ code: z.string(), name: z.string(), url: z.string(), contactName: z.string(), contactPhone: z.string(), contactEmail: z.string(), fiscalYear: z.number().nullable() }));

export const prefectureStatusRouter = router({
  set: prefectureProcedure
    .input(z.object({ municipalityCode: ZCode, fiscalYear: ZFiscalYear, status: ZStatus, source: z.string().trim().min(1, '出典を入力してください。').max(500), sourceDate: z.iso.date('日付は YYYY-MM-DD の形で入力してください。') }))
    .output(z.object({ municipalityCode: z.string(), fiscalYear: z.number(), status: z.string() }))
    .mutation(({ ctx, input }) => setStatusForPrefecture(ctx.tx, ctx.actor, input, ctx.deps.now())),
  history: prefectureProcedure.input(z.object({ municipalityCode: ZCode })).output(ZStatusHistory).query(({ ctx, input }) => statusHistoryForPrefecture(ctx.tx, ctx.actor, input.municipalityCode)),
});

export const prefectureStatisticsRouter = router({
  releases: prefectureProcedure.output(ZReleaseList).query(({ ctx }) => listReleasesForPrefecture(ctx.tx, ctx.actor, ctx.deps.now())),
  publish: prefectureProcedure
    .input(z.object({ fiscalYear: ZFiscalYear }))
    .output(z.object({ fiscalYear: z.number(), municipalities: ZCount }))
    .mutation(({ ctx, input }) => publishRelease(ctx.tx, ctx.actor, input.fiscalYear, ctx.deps.config.suppressionThreshold, ctx.deps.now())),
  get: prefectureProcedure.input(z.object({ fiscalYear: ZFiscalYear })).output(ZRelease).query(({ ctx, input }) => getReleaseForPrefecture(ctx.tx, ctx.actor, input.fiscalYear)),
  trend: prefectureProcedure.output(ZTrend).query(({ ctx }) => getTrendForPrefecture(ctx.tx, ctx.actor)),
  exportCsv: prefectureProcedure
    .input(z.object({ fiscalYear: ZFiscalYear }))
    .output(z.object({ filename: z.string(), csv: z.string() }))
    .mutation(({ ctx, input }) => exportReleaseCsv(ctx.tx, ctx.actor, input.fiscalYear)),
});

export const prefectureBackOfficeRouter = {
  status: prefectureStatusRouter,
  statistics: prefectureStatisticsRouter,
  structure: router({
    compare: prefectureProcedure
      .input(z.object({ codes: z.array(ZCode).min(2, '2〜6市町村を選んでください。').max(6, '2〜6市町村を選んでください。'), fiscalYear: ZFiscalYear }))
      .output(ZCompare)
      .query(({ ctx, input }) => compareStructures(ctx.tx, ctx.actor, [...new Set(input.codes)], input.fiscalYear)),
  }),
  grant: router({
    totals: prefectureProcedure.input(z.object({ fiscalYear: ZFiscalYear })).output(ZGrantTotals).query(({ ctx, input }) => grantTotalsForPrefecture(ctx.tx, ctx.actor, input.fiscalYear)),
  }),
  contact: router({
    find: prefectureProcedure.output(ZContacts).query(({ ctx }) => contactsForPrefecture(ctx.tx, ctx.actor)),
  }),
};
