import { z } from 'zod';

// C3: the emergency exception (risk to life or body) is an explicit, reasoned act of one worker,
// limited in time and reviewed afterwards. These are the roles that support people and so may
// face such a risk; the review belongs to the administrator and the auditor.

/** How long an emergency grant opens a person's record. */
export const EMERGENCY_ACCESS_HOURS = 24;
export const EMERGENCY_REASON_MIN = 10;
export const EMERGENCY_REASON_MAX = 500;

export const ZEmergencyReason = z
  .string()
  .trim()
  .min(EMERGENCY_REASON_MIN, `緊急時の閲覧の理由を${EMERGENCY_REASON_MIN}文字以上で、生命・身体の危険の具体的な内容がわかるように入力してください。`)
  .max(EMERGENCY_REASON_MAX, `緊急時の閲覧の理由は${EMERGENCY_REASON_MAX}文字以内で入力してください。`);

export const emergencyOutcomes = ['justified', 'not_justified'] as const;
export const ZEmergencyOutcome = z.enum(emergencyOutcomes, '確認の結果を選んでください。');
export type EmergencyOutcome = z.infer<typeof ZEmergencyOutcome>;
export const emergencyOutcomeLabels: Readonly<Record<EmergencyOutcome, string>> = {
  justified: '緊急の必要があった',
  not_justified: '緊急の必要はなかった',
};

export const emergencyExpiry = (openedAt: Date): Date => new Date(openedAt.getTime() + EMERGENCY_ACCESS_HOURS * 3600 * 1000);

/** A grant opens the record only for its own worker and person, from its opening until it expires. */
export const isEmergencyGrantActive = (grant: { openedAt: Date; expiresAt: Date }, now: Date): boolean =>
  grant.openedAt.getTime() <= now.getTime() && now.getTime() < grant.expiresAt.getTime();
