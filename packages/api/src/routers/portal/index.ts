import { z } from 'zod';
import { ZLgCode } from '@kasane/domain';
import { findMunicipalities, getMunicipalityProfile, listAllPrefectures } from '../../services/portal-directory-service.js';
import { portalProcedure, router } from '../../trpc.js';
import { inPortalMunicipality, portalDirectoryRouter, portalPlaceRouter, portalRequestRouter, portalWindowRouter } from './community.js';

// Portal outputs leave for the public internet: every one goes through an output schema.
const ZPrefectureOut = z.object({ code: z.string(), name: z.string(), kana: z.string(), nameEn: z.string() });
const ZMunicipalityOut = z.object({ code: z.string(), name: z.string(), kana: z.string(), prefectureCode: z.string() });

export const portalRouter = router({
  window: portalWindowRouter,
  place: portalPlaceRouter,
  request: portalRequestRouter,
  directory: portalDirectoryRouter,
  prefecture: router({
    list: portalProcedure.output(z.array(ZPrefectureOut)).query(({ ctx }) => listAllPrefectures(ctx.tx)),
  }),
  municipality: router({
    find: portalProcedure
      .input(
        z.object({
          query: z.string().max(50, '50文字以内で入力してください。').default(''),
          prefectureCode: ZLgCode.optional(),
          page: z.number().int().min(1).default(1),
          pageSize: z.number().int().min(1).max(100).default(20),
        }),
      )
      .output(z.object({ items: z.array(ZMunicipalityOut), total: z.number(), page: z.number(), pageSize: z.number() }))
      .query(({ ctx, input }) => findMunicipalities(ctx.tx, input)),
    get: portalProcedure
      .input(z.object({ code: ZLgCode }))
      .output(
        z.object({ code: z.string(), name: z.string(), kana: z.string(), prefectureCode: z.string(), prefectureName: z.string(), lat: z.number(), lng: z.number(), url: z.string(), receives: z.object({ consultation: z.boolean(), offer: z.boolean() }) }).nullable(),
      )
      .query(({ ctx, input }) => inPortalMunicipality(ctx.tx, input.code, (tx) => getMunicipalityProfile(tx, input.code))),
  }),
});
