import { z } from 'zod';
import { getPrefectureOverview } from '../../services/prefecture-overview-service.js';
import { prefectureProcedure, router } from '../../trpc.js';
import { prefectureBackOfficeRouter, ZStatusOut } from './backoffice.js';
import { prefectureSurveyRouters } from './surveys.js';

const ZOverview = z.object({
  prefecture: z.object({ code: z.string(), name: z.string(), kana: z.string(), nameEn: z.string() }),
  /** the fiscal year of the latest published statistics release; null before the first */
  fiscalYear: z.number().nullable(),
  /** 令和3年度 to the current fiscal year */
  statusYears: z.array(z.number()),
  threshold: z.number(),
  consultationsTotal: z.number().nullable(),
  municipalities: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kana: z.string(),
      statuses: z.array(ZStatusOut),
      organisations: z.number(),
      /** null: suppressed (fewer than the threshold, or needed to protect one that is) */
      reported: z.boolean(),
      consultations: z.number().nullable(),
    }),
  ),
});

export const prefectureRouter = router({
  me: router({
    get: prefectureProcedure
      .output(z.object({ displayName: z.string(), prefectureCode: z.string() }))
      .query(({ ctx }) => ({ displayName: ctx.actor.displayName, prefectureCode: ctx.actor.prefectureCode })),
  }),
  municipality: router({
    // Output schema: nothing but aggregates leaves for the prefecture.
    find: prefectureProcedure.output(ZOverview).query(({ ctx }) => getPrefectureOverview(ctx.tx, ctx.actor, ctx.deps.now(), ctx.deps.config.suppressionThreshold)),
  }),
  ...prefectureBackOfficeRouter,
  ...prefectureSurveyRouters,
});
