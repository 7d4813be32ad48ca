// Input schemas of the 地域づくり / 窓口 / 参加支援 procedures (no API schema is derived from a Prisma model).
import { z } from 'zod';
import {
  ZAccessibilityFeature, ZAudience, ZIsoDate, ZOpeningHours, ZParticipationResourceKind, ZPartId, ZPlaceKind, ZSchedule, ZWindowTopic, checkPublicText,
} from '@kasane/domain';

/** Free text staff type: the same refusals as the portal's (control, bidi, invisible) with a length cap. */
export const ZStaffText = (max: number, required = false) =>
  z.string().superRefine((v, ctx) => {
    const r = checkPublicText(v, { max, required });
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error.message });
  });

const ZLat = z.number().min(20).max(46);
const ZLng = z.number().min(122).max(154);

export const ZPlaceInput = z.object({
  name: ZStaffText(100, true),
  kana: ZStaffText(100).default(''),
  kind: ZPlaceKind,
  description: ZStaffText(2000).default(''),
  organiserName: ZStaffText(100).default(''),
  organisationId: z.uuid().nullable().default(null),
  partId: ZPartId.nullable().default(null),
  audiences: z.array(ZAudience).max(20).default([]),
  accessibility: z.array(ZAccessibilityFeature).max(20).default([]),
  feeYen: z.number().int().min(0).max(1_000_000).nullable().default(null),
  feeNote: ZStaffText(200).default(''),
  postalCode: z.string().regex(/^(\d{3}-?\d{4})?$/, '郵便番号は 783-0000 の形で入力してください。').default(''),
  address: ZStaffText(200).default(''),
  lat: ZLat.nullable().default(null),
  lng: ZLng.nullable().default(null),
  phone: z.string().regex(/^[0-9０-９()（）+\- ]{0,20}$/, '電話番号は数字とハイフンで入力してください。').default(''),
  email: z.union([z.literal(''), z.email('メールアドレスの形式が正しくありません。')]).default(''),
  url: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'URLは http(s):// で始めてください。' })]).default(''),
  area: ZStaffText(100).default(''),
  published: z.boolean().default(false),
  lastConfirmedAt: ZIsoDate.optional(),
});
export type TPlaceInput = z.infer<typeof ZPlaceInput>;

export const ZActivityInput = z.object({
  name: ZStaffText(100, true),
  description: ZStaffText(2000).default(''),
  organiserName: ZStaffText(100).default(''),
  partId: ZPartId.nullable().default(null),
  audiences: z.array(ZAudience).max(20).default([]),
  audienceNote: ZStaffText(300).default(''),
  schedule: ZSchedule,
  feeYen: z.number().int().min(0).max(1_000_000).nullable().default(null),
  feeNote: ZStaffText(200).default(''),
  published: z.boolean().default(false),
  lastConfirmedAt: ZIsoDate.optional(),
});
export type TActivityInput = z.infer<typeof ZActivityInput>;

export const ZWindowInput = z.object({
  organisationId: z.uuid().nullable().default(null),
  name: ZStaffText(100, true),
  kana: ZStaffText(100).default(''),
  hours: ZOpeningHours,
  phone: z.string().regex(/^[0-9()+\- ]{0,20}$/, '電話番号は数字とハイフンで入力してください。').default(''),
  fax: z.string().regex(/^[0-9()+\- ]{0,20}$/, 'FAX番号は数字とハイフンで入力してください。').default(''),
  email: z.union([z.literal(''), z.email('メールアドレスの形式が正しくありません。')]).default(''),
  postalCode: z.string().regex(/^(\d{3}-?\d{4})?$/, '郵便番号は 783-0000 の形で入力してください。').default(''),
  address: ZStaffText(200).default(''),
  lat: ZLat.nullable().default(null),
  lng: ZLng.nullable().default(null),
  /** BCP 47 tags: ja, en, zh, ko, vi, pt, tl, ne … */
  languages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)).max(20).default(['ja']),
  topics: z.array(ZWindowTopic).max(20).default(['anything']),
  note: ZStaffText(500).default(''),
  published: z.boolean().default(false),
  lastConfirmedAt: ZIsoDate.optional(),
});
export type TWindowInput = z.infer<typeof ZWindowInput>;

export const ZResourceInput = z.object({
  name: ZStaffText(100, true),
  kind: ZParticipationResourceKind,
  organisationId: z.uuid().nullable().default(null),
  placeId: z.uuid().nullable().default(null),
  isExistingProgramme: z.boolean().default(false),
  capacity: z.number().int().min(0).max(10_000).nullable().default(null),
  conditions: ZStaffText(1000).default(''),
  active: z.boolean().default(true),
});
export type TResourceInput = z.infer<typeof ZResourceInput>;

export const ZMatchInput = z.object({
  personId: z.uuid(),
  caseId: z.uuid().nullable().default(null),
  resourceId: z.uuid(),
  reason: ZStaffText(1000, true),
  /** SPEC §3.8: existing programmes take precedence — record that they were considered, and how */
  existingConsidered: z.literal(true, { error: '既存事業の活用を検討したことを記録してください（既存事業の活用が優先）。' }),
  existingConsideredNote: ZStaffText(1000, true),
  /** set when a 支援関係機関 refers directly, before assessment in 多機関協働 */
  directReferralReason: ZStaffText(1000).nullable().default(null),
});
export type TMatchInput = z.infer<typeof ZMatchInput>;
