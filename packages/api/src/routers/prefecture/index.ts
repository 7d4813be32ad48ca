import { z } from 'zod';
import { getPrefectureOverview } from '../../services/prefecture-overview-service.js';
import { prefectureProcedure, router } from '../../trpc.js';

const ZOverview = z.object({
  prefecture: z.object({ code: z.string(), name: z.string(), kana: z.string(), nameEn: z.string() }),
  fiscalYear: z.number(),
  threshold: z.number(),
  consultationsTotal: z.number().nullable(),
  municipalities: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kana: z.string(),
      statuses: z.array(z.object({ fiscalYear: z.number(), status: z.string(), source: z.string() })),
      organisations: z.number(),
      /** null: suppressed (fewer than the threshold, or needed to protect one that is) */
      consultations: z.number().nullable(),
    }),
  ),
});

export const prefectureRouter = router({
  me: router({
    get: prefectureProcedure.query(({ ctx }) => ({ displayName: ctx.actor.displayName, prefectureCode: ctx.actor.prefectureCode })),
  }),
  municipality: router({
    // Output schema: nothing but aggregates leaves for the prefecture.
    find: prefectureProcedure.output(ZOverview).query(({ ctx }) => getPrefectureOverview(ctx.tx, ctx.actor, ctx.deps.now(), ctx.deps.config.suppressionThreshold)),
  }),
});
