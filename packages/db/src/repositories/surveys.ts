// 実態調査 and the 後方支援 calendar (issue #11 items 10, 11; ADR 0025). The prefecture's functions take its
// own code, the municipality's its own; row-level security repeats both (a municipality sees a survey or
// an event only while a row addresses it).
import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';

const surveyHead = { id: true, title: true, description: true, questions: true, deadline: true, createdAt: true, updatedAt: true, cancelledAt: true, cancelReason: true } as const;
const responseFields = { municipalityCode: true, status: true, answers: true, savedAt: true, submittedAt: true, reopenCount: true } as const;

export async function createSurvey(tx: Tx, data: { prefectureCode: string; title: string; description: string; questions: unknown; deadline: Date; createdAt: Date; createdByUserId: string; municipalityCodes: string[] }) {
  const { municipalityCodes, questions, ...survey } = data;
  const created = await tx.survey.create({ data: { ...survey, questions: questions as Prisma.InputJsonValue }, select: { id: true } });
  await tx.surveyResponse.createMany({ data: municipalityCodes.map((municipalityCode) => ({ surveyId: created.id, municipalityCode })) });
  return created;
}

export async function listSurveysOfPrefecture(tx: Tx, prefectureCode: string) {
  return tx.survey.findMany({
    where: { prefectureCode },
    select: { ...surveyHead, responses: { select: { status: true } } },
    orderBy: { createdAt: 'desc' },
  });
}

export async function getSurveyOfPrefecture(tx: Tx, prefectureCode: string, id: string) {
  return tx.survey.findFirst({ where: { id, prefectureCode }, select: { ...surveyHead, responses: { select: responseFields, orderBy: { municipalityCode: 'asc' } } } });
}

export async function reopenSurveyResponse(tx: Tx, surveyId: string, municipalityCode: string) {
  const { count } = await tx.surveyResponse.updateMany({ where: { surveyId, municipalityCode, status: 'submitted' }, data: { status: 'draft', reopenCount: { increment: 1 } } });
  return count;
}

/** The prefecture's change to its own survey after sending; new target municipalities get a pending response. */
export async function updateSurvey(tx: Tx, prefectureCode: string, id: string, data: { title: string; description: string; deadline: Date; questions?: unknown; updatedAt: Date; addMunicipalityCodes: string[] }) {
  const { addMunicipalityCodes, questions, ...fields } = data;
  const { count } = await tx.survey.updateMany({ where: { id, prefectureCode, cancelledAt: null }, data: { ...fields, ...(questions === undefined ? {} : { questions: questions as Prisma.InputJsonValue }) } });
  if (count === 1 && addMunicipalityCodes.length > 0) await tx.surveyResponse.createMany({ data: addMunicipalityCodes.map((municipalityCode) => ({ surveyId: id, municipalityCode })) });
  return count;
}

export async function cancelSurvey(tx: Tx, prefectureCode: string, id: string, data: { at: Date; reason: string }) {
  const { count } = await tx.survey.updateMany({ where: { id, prefectureCode, cancelledAt: null }, data: { cancelledAt: data.at, cancelReason: data.reason } });
  return count;
}

/** The surveys addressed to the municipality (RLS shows it no other), with its own response. */
export async function listSurveysForMunicipality(tx: Tx, municipalityCode: string) {
  return tx.surveyResponse.findMany({
    where: { municipalityCode },
    select: { status: true, submittedAt: true, survey: { select: { id: true, title: true, deadline: true, createdAt: true, cancelledAt: true } } },
    orderBy: { survey: { deadline: 'asc' } },
  });
}

export async function getSurveyResponse(tx: Tx, municipalityCode: string, surveyId: string) {
  return tx.surveyResponse.findUnique({ where: { surveyId_municipalityCode: { surveyId, municipalityCode } }, select: { ...responseFields, survey: { select: surveyHead } } });
}

export async function saveSurveyResponse(tx: Tx, municipalityCode: string, surveyId: string, data: { status: 'draft' | 'submitted'; answers: unknown; at: Date; userId: string }) {
  await tx.surveyResponse.update({
    where: { surveyId_municipalityCode: { surveyId, municipalityCode } },
    data: { status: data.status, answers: data.answers as Prisma.InputJsonValue, savedAt: data.at, ...(data.status === 'submitted' ? { submittedAt: data.at, submittedByUserId: data.userId } : {}) },
  });
}

// ---------- events ----------

const eventHead = { id: true, kind: true, title: true, startsAt: true, endsAt: true, place: true, online: true, notes: true, updatedAt: true, cancelledAt: true, cancelReason: true } as const;
const attendanceFields = { municipalityCode: true, reply: true, attendees: true, roles: true, repliedAt: true } as const;

export async function createSupportEvent(
  tx: Tx,
  data: { prefectureCode: string; kind: string; title: string; startsAt: Date; endsAt: Date | null; place: string; online: boolean; notes: string; createdAt: Date; createdByUserId: string; municipalityCodes: string[] },
) {
  const { municipalityCodes, ...event } = data;
  const created = await tx.supportEvent.create({ data: event, select: { id: true } });
  await tx.eventAttendance.createMany({ data: municipalityCodes.map((municipalityCode) => ({ eventId: created.id, municipalityCode })) });
  return created;
}

export async function listSupportEventsOfPrefecture(tx: Tx, prefectureCode: string) {
  return tx.supportEvent.findMany({ where: { prefectureCode }, select: { ...eventHead, attendances: { select: attendanceFields, orderBy: { municipalityCode: 'asc' } } }, orderBy: { startsAt: 'asc' } });
}

/** The prefecture's change to its own event; new target municipalities are invited (reply pending). */
export async function updateSupportEvent(
  tx: Tx,
  prefectureCode: string,
  id: string,
  data: { kind: string; title: string; startsAt: Date; endsAt: Date | null; place: string; online: boolean; notes: string; updatedAt: Date; addMunicipalityCodes: string[] },
) {
  const { addMunicipalityCodes, ...fields } = data;
  const { count } = await tx.supportEvent.updateMany({ where: { id, prefectureCode, cancelledAt: null }, data: fields });
  if (count === 1 && addMunicipalityCodes.length > 0) await tx.eventAttendance.createMany({ data: addMunicipalityCodes.map((municipalityCode) => ({ eventId: id, municipalityCode })) });
  return count;
}

export async function cancelSupportEvent(tx: Tx, prefectureCode: string, id: string, data: { at: Date; reason: string }) {
  const { count } = await tx.supportEvent.updateMany({ where: { id, prefectureCode, cancelledAt: null }, data: { cancelledAt: data.at, cancelReason: data.reason } });
  return count;
}

/** The events the municipality is invited to (RLS shows it no other), with its own reply. */
export async function listSupportEventsForMunicipality(tx: Tx, municipalityCode: string) {
  return tx.eventAttendance.findMany({ where: { municipalityCode }, select: { ...attendanceFields, event: { select: eventHead } }, orderBy: { event: { startsAt: 'asc' } } });
}

export async function getAttendance(tx: Tx, municipalityCode: string, eventId: string) {
  return tx.eventAttendance.findUnique({ where: { eventId_municipalityCode: { eventId, municipalityCode } }, select: { ...attendanceFields, event: { select: eventHead } } });
}

export async function saveAttendance(tx: Tx, municipalityCode: string, eventId: string, data: { reply: string; attendees: number; roles: string; at: Date; userId: string }) {
  await tx.eventAttendance.update({
    where: { eventId_municipalityCode: { eventId, municipalityCode } },
    data: { reply: data.reply, attendees: data.attendees, roles: data.roles, repliedAt: data.at, repliedByUserId: data.userId },
  });
}
