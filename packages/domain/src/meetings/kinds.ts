import { z } from 'zod';
import type { MeetingKind } from '../access/types.js';

export { ZMeetingKind } from '../access/types.js';
export type { MeetingKind } from '../access/types.js';

export type MeetingKindDefinition = {
  readonly kind: MeetingKind;
  readonly label: string;
  readonly legalBasis: string;
  readonly needsConsent: boolean;
};

export const meetingKinds: Readonly<Record<MeetingKind, MeetingKindDefinition>> = {
  // Seed 003: 「本人同意あり」 — the core meeting of 多機関協働, set up under the 実施要綱, not the statute.
  jusoteki: { kind: 'jusoteki', label: '重層的支援会議', legalBasis: '重層的支援体制整備事業実施要綱', needsConsent: true },
  // Seed 003: 「本人同意なし可」 — members share without consent because 第5項 binds them to confidentiality.
  shien: { kind: 'shien', label: '支援会議', legalBasis: '社会福祉法第106条の6', needsConsent: false },
  // C9 and seed 003 (松本市, 古河市): existing or municipal bodies that keep their own legal footing.
  other: { kind: 'other', label: 'その他の会議（既存の会議体など）', legalBasis: '各会議体の根拠法令・設置要綱', needsConsent: true },
};

export const jointBodyIds = ['community_care_meeting', 'independence_support_council', 'child_protection_council', 'public_assistance_case_meeting'] as const;
export const ZJointBodyId = z.enum(jointBodyIds);
export type JointBodyId = z.infer<typeof ZJointBodyId>;

// C9: meetings may be held together with these existing bodies, time kept separate, the record naming the body.
export const jointBodies: Readonly<Record<JointBodyId, { readonly id: JointBodyId; readonly label: string; readonly law: string }>> = {
  community_care_meeting: { id: 'community_care_meeting', label: '地域ケア会議', law: '介護保険法第115条の48' },
  independence_support_council: { id: 'independence_support_council', label: '自立支援協議会', law: '障害者総合支援法第89条の3' },
  child_protection_council: { id: 'child_protection_council', label: '要保護児童対策地域協議会', law: '児童福祉法第25条の2' },
  public_assistance_case_meeting: { id: 'public_assistance_case_meeting', label: '生活保護ケース診断会議', law: '生活保護法（保護の実施機関の運営）' },
};
