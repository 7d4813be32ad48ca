// 後方支援 calendar (issue #11 item 11; ADR 0025): the prefecture records its events (seed 002: ブロック会議,
// 情報交換会, セミナー, 四者協議) for target municipalities; each municipality sees its own, upcoming first,
// and replies 出席/欠席 with the number of attendees and their roles (never names); the prefecture sees the replies.
import { cancelSupportEvent, createSupportEvent, getAttendance, updateSupportEvent, listMunicipalitiesOfPrefecture, listSupportEventsForMunicipality, listSupportEventsOfPrefecture, saveAttendance } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { attendanceProblem, can } from '@kasane/domain';
import type { SupportEventKind } from '@kasane/domain';
import type { PrefectureActor, StaffActor } from '../../context.js';
import { apiError, domainError } from '../../errors.js';
import { auditAs } from '../audit-as.js';
import { ownCodes } from '../prefecture/backoffice-service.js';

export interface NewSupportEvent {
  kind: SupportEventKind;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string;
  online: boolean;
  notes: string;
  municipalityCodes: string[];
}

const checkEvent = (input: Pick<NewSupportEvent, 'startsAt' | 'endsAt' | 'online' | 'place'>) => {
  if (input.endsAt && input.endsAt.getTime() < input.startsAt.getTime()) throw domainError({ code: 'VALIDATION', message: '終了は開始より後にしてください。' });
  if (!input.online && !input.place.trim()) throw domainError({ code: 'VALIDATION', message: '会場を入力するか、オンラインを選んでください。' });
};
const cancelled = () => domainError({ code: 'INVALID_TRANSITION', message: '取り消した予定は変更できません。' });

export async function createEventForPrefecture(tx: Tx, actor: PrefectureActor, input: NewSupportEvent, now: Date) {
  const codes = [...new Set(input.municipalityCodes)];
  await ownCodes(tx, actor, codes);
  checkEvent(input);
  return createSupportEvent(tx, { ...input, prefectureCode: actor.prefectureCode, municipalityCodes: codes, createdAt: now, createdByUserId: actor.userId });
}

export async function listEventsForPrefecture(tx: Tx, actor: PrefectureActor) {
  const [events, municipalities] = await Promise.all([listSupportEventsOfPrefecture(tx, actor.prefectureCode), listMunicipalitiesOfPrefecture(tx, actor.prefectureCode)]);
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  return events.map(({ attendances, ...e }) => ({
    ...e,
    attending: attendances.filter((a) => a.reply === 'attending').length,
    absent: attendances.filter((a) => a.reply === 'absent').length,
    attendees: attendances.reduce((n, a) => n + (a.reply === 'attending' ? a.attendees : 0), 0),
    municipalities: attendances.map((a) => ({ code: a.municipalityCode, name: names.get(a.municipalityCode) ?? a.municipalityCode, reply: a.reply, attendees: a.attendees, roles: a.roles, repliedAt: a.repliedAt })),
  }));
}

async function ownEvent(tx: Tx, actor: PrefectureActor, id: string) {
  const event = (await listSupportEventsOfPrefecture(tx, actor.prefectureCode)).find((e) => e.id === id);
  if (!event) throw apiError('NOT_FOUND');
  if (event.cancelledAt) throw cancelled();
  return event;
}

/** The event changed after it was sent (ADR 0025): the invited municipalities see the change; targets can be added, not removed (a reply may exist). */
export async function updateEventForPrefecture(tx: Tx, actor: PrefectureActor, input: Omit<NewSupportEvent, 'municipalityCodes'> & { id: string; addMunicipalityCodes: string[] }, now: Date) {
  const event = await ownEvent(tx, actor, input.id);
  const invited = new Set(event.attendances.map((a) => a.municipalityCode));
  const added = [...new Set(input.addMunicipalityCodes)].filter((c) => !invited.has(c));
  await ownCodes(tx, actor, added);
  checkEvent(input);
  const { id, addMunicipalityCodes: _ignored, ...fields } = input;
  if ((await updateSupportEvent(tx, actor.prefectureCode, id, { ...fields, updatedAt: now, addMunicipalityCodes: added })) !== 1) throw cancelled();
  return { id, added: added.length };
}

/** 取り消し with a reason: the municipalities see it cancelled and can no longer reply. */
export async function cancelEventForPrefecture(tx: Tx, actor: PrefectureActor, input: { id: string; reason: string }, now: Date) {
  await ownEvent(tx, actor, input.id);
  if ((await cancelSupportEvent(tx, actor.prefectureCode, input.id, { at: now, reason: input.reason })) !== 1) throw cancelled();
  return { id: input.id, cancelledAt: now };
}

/** Upcoming first (soonest at the top), then the past ones, latest first. */
export async function listEventsForStaff(tx: Tx, actor: StaffActor, now: Date) {
  const rows = await listSupportEventsForMunicipality(tx, actor.municipalityCode);
  const items = rows.map((r) => ({ ...r.event, reply: r.reply, attendees: r.attendees, roles: r.roles, repliedAt: r.repliedAt, past: (r.event.endsAt ?? r.event.startsAt).getTime() < now.getTime() }));
  return {
    canReply: can(actor.role, 'report.manage'),
    upcoming: items.filter((e) => !e.past),
    past: items.filter((e) => e.past).reverse(),
  };
}

export async function replyToEventForStaff(tx: Tx, actor: StaffActor, input: { eventId: string; reply: 'attending' | 'absent'; attendees: number; roles: string }, now: Date) {
  const current = await getAttendance(tx, actor.municipalityCode, input.eventId);
  if (!current) throw apiError('NOT_FOUND');
  if (current.event.cancelledAt) throw domainError({ code: 'INVALID_TRANSITION', message: '県がこの予定を取り消したため、回答できません。' });
  const roles = input.reply === 'absent' ? '' : input.roles.trim();
  const problem = attendanceProblem(input.reply, input.attendees, roles);
  if (problem) throw domainError({ code: 'VALIDATION', message: problem });
  await saveAttendance(tx, actor.municipalityCode, input.eventId, { reply: input.reply, attendees: input.attendees, roles, at: now, userId: actor.userId });
  await auditAs(tx, actor, { action: 'write', recordType: 'EventAttendance', recordId: input.eventId, legalBasis: 'administration', basisRef: input.reply });
  return { eventId: input.eventId, reply: input.reply };
}
