// 後方支援 calendar (issue #11 item 11; ADR 0025): the prefecture records its events (seed 002: ブロック会議,
// 情報交換会, セミナー, 四者協議) for target municipalities; each municipality sees its own, upcoming first,
// and replies 出席/欠席 with the number of attendees and their roles (never names); the prefecture sees the replies.
import { createSupportEvent, getAttendance, listMunicipalitiesOfPrefecture, listSupportEventsForMunicipality, listSupportEventsOfPrefecture, saveAttendance } from '@kasane/db';
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

export async function createEventForPrefecture(tx: Tx, actor: PrefectureActor, input: NewSupportEvent, now: Date) {
  const codes = [...new Set(input.municipalityCodes)];
  await ownCodes(tx, actor, codes);
  if (input.endsAt && input.endsAt.getTime() < input.startsAt.getTime()) throw domainError({ code: 'VALIDATION', message: '終了は開始より後にしてください。' });
  if (!input.online && !input.place.trim()) throw domainError({ code: 'VALIDATION', message: '会場を入力するか、オンラインを選んでください。' });
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
  const roles = input.reply === 'absent' ? '' : input.roles.trim();
  const problem = attendanceProblem(input.reply, input.attendees, roles);
  if (problem) throw domainError({ code: 'VALIDATION', message: problem });
  await saveAttendance(tx, actor.municipalityCode, input.eventId, { reply: input.reply, attendees: input.attendees, roles, at: now, userId: actor.userId });
  await auditAs(tx, actor, { action: 'write', recordType: 'EventAttendance', recordId: input.eventId, legalBasis: 'administration', basisRef: input.reply });
  return { eventId: input.eventId, reply: input.reply };
}
