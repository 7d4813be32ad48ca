import { z } from 'zod';
import { fail } from '../errors.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';

// SPEC §3.7: a relationship built over a long time, before any consent exists.
export const outreachStages = ['aware', 'first_contact', 'building', 'trusted', 'consented', 'converted', 'ended'] as const;
export const ZOutreachStage = z.enum(outreachStages);
export type OutreachStage = z.infer<typeof ZOutreachStage>;
export const outreachStageLabels: Readonly<Record<OutreachStage, string>> = {
  aware: '把握のみ（まだ会えていない）',
  first_contact: '初めて接触できた',
  building: '関係づくり中',
  trusted: '信頼関係ができてきた',
  consented: '本人が支援を希望（同意あり）',
  converted: 'ケースへ移行済み',
  ended: '関わりを終了',
};

export const outreachMethods = ['visit', 'phone', 'letter', 'via_neighbour', 'via_minsei', 'other'] as const;
export const ZOutreachMethod = z.enum(outreachMethods);
export type OutreachMethod = z.infer<typeof ZOutreachMethod>;
export const outreachMethodLabels: Readonly<Record<OutreachMethod, string>> = {
  visit: '訪問',
  phone: '電話',
  letter: '手紙・置き手紙',
  via_neighbour: '近所の方を通じて',
  via_minsei: '民生委員を通じて',
  other: 'その他',
};

export const outreachOutcomes = ['met', 'talked', 'no_answer', 'declined', 'message_left', 'heard_about'] as const;
export const ZOutreachOutcome = z.enum(outreachOutcomes);
export type OutreachOutcome = z.infer<typeof ZOutreachOutcome>;
export const outreachOutcomeLabels: Readonly<Record<OutreachOutcome, string>> = {
  met: '会えた',
  talked: '話ができた',
  no_answer: '応答なし',
  declined: '断られた',
  message_left: '伝言・手紙を残した',
  heard_about: '周囲から様子を聞いた',
};

const closed: readonly OutreachStage[] = ['converted', 'ended'];

/** A contact moves the relationship to `stageAfter`; the record stays open until conversion or an end. */
export const recordOutreachContact = (current: OutreachStage, stageAfter: OutreachStage): Result<OutreachStage> => {
  if (closed.includes(current)) return fail('INVALID_TRANSITION', { from: current }, `「${outreachStageLabels[current]}」の記録には接触を追加できません。`);
  // Conversion happens only through a case with the person's consent (C2), never by a contact.
  if (stageAfter === 'converted') return fail('INVALID_TRANSITION', { to: stageAfter }, 'ケースへの移行は「ケースにする」から、本人の同意を記録して行ってください。');
  return ok(stageAfter);
};

/** Conversion to a case needs a relationship still open; the consent itself is checked by the case lifecycle. */
export const canConvertOutreach = (current: OutreachStage): Result<OutreachStage> =>
  closed.includes(current) ? fail('INVALID_TRANSITION', { from: current }, `「${outreachStageLabels[current]}」の記録はケースにできません。`) : ok(current);
