import { z } from 'zod';
import { ZRole } from '../roles.js';

const ZInstant = z.union([z.date(), z.string().min(1)]);

// Purposes a consent can name and an access can claim (C3, C7: a consent covers organisations AND purposes).
export const purposes = ['intake', 'coordination', 'support', 'assessment', 'meeting', 'referral', 'outreach', 'participation', 'statistics', 'audit'] as const;
export const ZPurpose = z.enum(purposes);
export type Purpose = z.infer<typeof ZPurpose>;
export const purposeLabels: Readonly<Record<Purpose, string>> = {
  intake: '相談の受付',
  coordination: '多機関協働（支援の調整）',
  support: '支援の実施',
  assessment: 'アセスメント',
  meeting: '会議での検討',
  referral: '他機関へのつなぎ',
  outreach: 'アウトリーチ',
  participation: '参加支援',
  statistics: '統計',
  audit: '監査',
};

export const ZActor = z.object({
  userId: z.string().min(1),
  role: ZRole,
  organisationId: z.string().min(1),
  municipalityCode: z.string().min(1),
});
export type Actor = z.infer<typeof ZActor>;

export const ZSubjectPerson = z.object({
  personId: z.string().min(1),
  municipalityCode: z.string().min(1),
  /** ISO date; preferred over isChild because age is judged at the moment of access. */
  birthDate: z.string().optional(),
  isChild: z.boolean().optional(),
  /** Set when the household receives 生活保護: the 保護の実施機関 (福祉事務所) responsible (C10). */
  publicAssistanceOfficeId: z.string().min(1).optional(),
});
export type SubjectPerson = z.infer<typeof ZSubjectPerson>;

export const ZConsentMethod = z.enum(['written', 'oral']);
export type ConsentMethod = z.infer<typeof ZConsentMethod>;
export const consentMethodLabels: Readonly<Record<ConsentMethod, string>> = { written: '書面', oral: '口頭' };

export const ZConsent = z.object({
  id: z.string().min(1),
  /** C12: a consent belongs to one person, never to a household. */
  personId: z.string().min(1),
  scope: z.object({
    organisationIds: z.array(z.string().min(1)),
    purposes: z.array(ZPurpose),
    /** When set, the 'meeting' purpose is limited to these meetings. */
    meetingIds: z.array(z.string().min(1)).optional(),
  }),
  obtainedAt: ZInstant,
  obtainedBy: z.string().min(1).optional(),
  method: ZConsentMethod,
  expiresAt: ZInstant.optional(),
  withdrawnAt: ZInstant.optional(),
  /** C2: for a child, the guardian's consent, with the child's own view recorded. */
  guardian: z
    .object({ name: z.string().min(1), relationship: z.string().min(1), obtainedAt: ZInstant, childView: z.string().optional() })
    .optional(),
});
export type Consent = z.infer<typeof ZConsent>;

export const ZMeetingKind = z.enum(['jusoteki', 'shien', 'other']);
export type MeetingKind = z.infer<typeof ZMeetingKind>;

export const ZMeetingMembership = z.object({
  meetingId: z.string().min(1),
  kind: ZMeetingKind,
  /** C5: the 守秘義務 undertaking (法第106条の6第5項) must be on record before the member sees anything. */
  undertakingSignedAt: ZInstant.optional(),
  agendaPersonIds: z.array(z.string().min(1)),
});
export type MeetingMembership = z.infer<typeof ZMeetingMembership>;

export const ZCaseLink = z.object({
  caseId: z.string().min(1),
  ownerOrganisationId: z.string().min(1),
  leadOrganisationId: z.string().min(1).optional(),
  involvedOrganisationIds: z.array(z.string().min(1)),
  supportDecided: z.boolean().optional(),
});
export type CaseLink = z.infer<typeof ZCaseLink>;

export const ZDataOrigin = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('case_record'),
    caseId: z.string().min(1).optional(),
    /** The organisation that wrote the record: its own records are its own (no sharing happens). */
    recordedByOrganisationId: z.string().min(1).optional(),
  }),
  z.object({ kind: z.literal('support_meeting_material'), meetingId: z.string().min(1) }),
]);
export type DataOrigin = z.infer<typeof ZDataOrigin>;

export const ZAccessRequest = z.object({
  actor: ZActor,
  subject: ZSubjectPerson,
  action: z.enum(['read', 'write']),
  purpose: ZPurpose,
  now: ZInstant,
  origin: ZDataOrigin,
  /** The meeting the access serves, when purpose is 'meeting'. */
  meetingId: z.string().min(1).optional(),
  cases: z.array(ZCaseLink),
  consents: z.array(ZConsent),
  memberships: z.array(ZMeetingMembership),
  emergency: z.object({ reason: z.string() }).optional(),
  /** C10: urgent referrals of this person to a 保護の実施機関 (生活保護法第19条・第25条). */
  protectionReferrals: z.array(z.object({ referralId: z.string().min(1), officeOrganisationId: z.string().min(1) })).optional(),
});
export type AccessRequest = z.infer<typeof ZAccessRequest>;

/** The legal basis recorded with every read and write (C8, C11). */
export type AccessBasis =
  | { readonly kind: 'own_case'; readonly caseId?: string }
  | { readonly kind: 'intake' }
  | { readonly kind: 'consent'; readonly consentId: string }
  | { readonly kind: 'support_meeting'; readonly meetingId: string }
  | { readonly kind: 'emergency'; readonly reason: string }
  | { readonly kind: 'public_assistance_office'; readonly organisationId: string }
  | { readonly kind: 'protection_referral'; readonly referralId: string }
  | { readonly kind: 'audit'; readonly ground: string };

export type AccessBasisKind = AccessBasis['kind'];

export const accessBasisLabels: Readonly<Record<AccessBasisKind, string>> = {
  own_case: '自機関のケース',
  intake: '相談の受付',
  consent: '本人の同意',
  support_meeting: '支援会議（社会福祉法第106条の6）',
  emergency: '緊急時（生命・身体の保護）',
  public_assistance_office: '保護の実施機関',
  protection_referral: '保護の実施機関への通報（生活保護法）',
  audit: '監査',
};
