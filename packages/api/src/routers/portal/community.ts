import { z } from 'zod';
import { enterPublicMunicipality } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { ZAudience, ZDayPeriod, ZLgCode, ZWeekday, dayPeriods, weekdays } from '@kasane/domain';
import { portalPlace, portalPlaces, portalWindows } from '../../services/community/portal-community-service.js';
import { hsdsDirectory } from '../../services/community/hsds-export-service.js';
import { submitPortalRequest } from '../../services/community/portal-request-service.js';
import { portalProcedure, router } from '../../trpc.js';

// Public procedures of the 窓口 / 居場所 / 申し込み pages. Every output passes a schema that names
// each field, so nothing unpublished or internal (organisation ids, sourceId, timestamps) can leave.

const ZRuleOut = z.object({
  frequency: z.enum(['weekly', 'alternate_weeks', 'monthly_nth', 'dates']),
  days: z.array(ZWeekday),
  nth: z.array(z.number()).optional(),
  anchorDate: z.string().optional(),
  dates: z.array(z.string()).optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  period: ZDayPeriod.optional(),
  note: z.string().optional(),
});

/** A record's attribution (CC BY credit), shown where the data is used. */
const ZSourceOut = z.object({ name: z.string(), licence: z.string(), credit: z.string(), url: z.string() }).nullable();

const ZActivityOut = z.object({
  id: z.string(), name: z.string(), description: z.string(), organiserName: z.string(), audiences: z.array(z.string()), audienceNote: z.string(),
  schedule: z.array(ZRuleOut), scheduleText: z.array(z.string()), feeYen: z.number().nullable(), feeNote: z.string(), lastConfirmedAt: z.string(), source: ZSourceOut,
});

const ZPlaceOut = z.object({
  id: z.string(), name: z.string(), kana: z.string(), kind: z.string(), description: z.string(), organiserName: z.string(), audiences: z.array(z.string()),
  accessibility: z.array(z.string()), feeYen: z.number().nullable(), feeNote: z.string(), postalCode: z.string(), address: z.string(), lat: z.number().nullable(),
  lng: z.number().nullable(), phone: z.string(), email: z.string(), url: z.string(), area: z.string(), lastConfirmedAt: z.string(), source: ZSourceOut, activities: z.array(ZActivityOut),
});

const ZCellOut = z.object({ id: z.string(), name: z.string(), time: z.string().nullable(), frequency: z.string(), nth: z.array(z.number()) });
const ZTimetableOut = z.object(Object.fromEntries(weekdays.map((d) => [d, z.object(Object.fromEntries(dayPeriods.map((p) => [p, z.array(ZCellOut)])) as Record<(typeof dayPeriods)[number], z.ZodArray<typeof ZCellOut>>)])) as Record<(typeof weekdays)[number], z.ZodObject<Record<(typeof dayPeriods)[number], z.ZodArray<typeof ZCellOut>>>>);

const ZWindowOut = z.object({
  id: z.string(), name: z.string(), phone: z.string(), fax: z.string(), email: z.string(), postalCode: z.string(), address: z.string(), lat: z.number().nullable(), lng: z.number().nullable(),
  languages: z.array(z.string()), topics: z.array(z.string()), note: z.string(),
  hours: z.object({ spans: z.array(z.object({ day: ZWeekday, open: z.string(), close: z.string() })), closedOnHolidays: z.boolean(), note: z.string().optional(), text: z.string().optional() }),
  hoursText: z.array(z.string()), openNow: z.boolean(), lastConfirmedAt: z.string(), distanceKm: z.number().nullable(),
  url: z.string(), plainName: z.string(), department: z.string(), source: ZSourceOut,
});

/** The municipality the resident chose, entered in the portal transaction before its rows are read. */
export async function inPortalMunicipality<T>(tx: Tx, municipalityCode: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  await enterPublicMunicipality(tx, municipalityCode);
  return work(tx);
}

export const portalWindowRouter = router({
  /** どこに相談すればいい？ — nearest first when a position or a typed place is given */
  find: portalProcedure
    .input(
      z.object({
        municipalityCode: ZLgCode,
        lat: z.number().min(20).max(46).optional(),
        lng: z.number().min(122).max(154).optional(),
        near: z.string().max(50, '50文字以内で入力してください。').optional(),
      }),
    )
    .output(
      z.object({
        municipality: z.object({ code: z.string(), name: z.string(), lat: z.number(), lng: z.number() }),
        sortedBy: z.enum(['distance', 'name']),
        nearNotFound: z.boolean(),
        today: z.object({ isoDate: z.string(), isHoliday: z.boolean(), time: z.string() }),
        windows: z.array(ZWindowOut),
      }).nullable(),
    )
    .query(({ ctx, input }) =>
      inPortalMunicipality(ctx.tx, input.municipalityCode, (tx) =>
        portalWindows(tx, input.municipalityCode, { origin: input.lat !== undefined && input.lng !== undefined ? { lat: input.lat, lng: input.lng } : undefined, near: input.near }, ctx.deps.now()),
      ),
    ),
});

export const portalPlaceRouter = router({
  /** 居場所・活動をさがす: list, weekly timetable and map share one query */
  find: portalProcedure
    .input(
      z.object({
        municipalityCode: ZLgCode,
        audience: ZAudience.optional(),
        day: ZWeekday.optional(),
        period: ZDayPeriod.optional(),
        area: z.string().max(100).optional(),
        freeOnly: z.boolean().optional(),
        text: z.string().max(50, '50文字以内で入力してください。').optional(),
      }),
    )
    .output(z.object({ places: z.array(ZPlaceOut), areas: z.array(z.string()), timetable: ZTimetableOut, publishedCount: z.number() }))
    .query(({ ctx, input }) => inPortalMunicipality(ctx.tx, input.municipalityCode, (tx) => portalPlaces(tx, input.municipalityCode, input))),
  get: portalProcedure
    .input(z.object({ municipalityCode: ZLgCode, id: z.uuid() }))
    .output(ZPlaceOut.nullable())
    .query(({ ctx, input }) => inPortalMunicipality(ctx.tx, input.municipalityCode, (tx) => portalPlace(tx, input.municipalityCode, input.id))),
});

const ZRequestInput = z.object({
  municipalityCode: ZLgCode,
  anonymous: z.boolean().default(false),
  name: z.string().max(200).default(''),
  contactMethod: z.enum(['none', 'phone', 'email', 'letter']).default('none'),
  contact: z.string().max(400).default(''),
  preferredTime: z.string().max(400).default(''),
  message: z.string().max(8000, '2000文字以内で入力してください。'),
  doNotContactHome: z.boolean().default(false),
  area: z.string().max(400).default(''),
  /** honeypot: hidden from people, filled by bots */
  website: z.string().max(400).default(''),
});
const ZReceiptOut = z.object({ reference: z.string(), receivedAt: z.string() });

export const portalRequestRouter = router({
  /** 相談を申し込む (anonymous allowed) */
  submitConsultation: portalProcedure
    .input(ZRequestInput)
    .output(ZReceiptOut)
    .mutation(({ ctx, input }) => submitPortalRequest(ctx.deps, ctx.tx, ctx.req.ip, { ...input, kind: 'consultation' })),
  /** 地域でやってみたい / 手伝いたい */
  submitOffer: portalProcedure
    .input(ZRequestInput.omit({ doNotContactHome: true }))
    .output(ZReceiptOut)
    .mutation(({ ctx, input }) => submitPortalRequest(ctx.deps, ctx.tx, ctx.req.ip, { ...input, doNotContactHome: false, kind: 'offer' })),
});

const ZLooseJson: z.ZodType<unknown> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(ZLooseJson), z.record(z.string(), ZLooseJson)]));

export const portalDirectoryRouter = router({
  /**
   * Open data: the published directory in HSDS 3.0 shape (docs/hsds.md), served as a plain HSDS file
   * by GET /api/open-data/<code>/hsds.json (apps/server).
   */
  export: portalProcedure
    .input(z.object({ municipalityCode: ZLgCode }))
    .output(
      z.object({ specification: z.string(), kasane_municipality_code: z.string(), kasane_municipality_name: z.string(), generated_at: z.string(), services: z.array(z.record(z.string(), ZLooseJson)) }).nullable(),
    )
    .query(({ ctx, input }) => inPortalMunicipality(ctx.tx, input.municipalityCode, (tx) => hsdsDirectory(tx, input.municipalityCode, ctx.deps.now(), true))),
});
