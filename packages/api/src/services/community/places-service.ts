import {
  confirmEntries, createActivity, createPlace, deleteActivity, deletePlace, getPlace, listPlaces, listUnconfirmedEntries, updateActivity, updatePlace,
} from '@kasane/db';
import type { ActivityRow, PlaceWithActivities, Tx } from '@kasane/db';
import { CONFIRMATION_MAX_AGE_DAYS, ZSchedule, describeRule, normaliseKana, toIsoDateTokyo } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError } from '../../errors.js';
import { requireOwnReferences } from './references.js';
import type { TActivityInput, TPlaceInput } from './schemas.js';

const dateOnly = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
export const isoOf = (d: Date): string => d.toISOString().slice(0, 10);
const today = (now: Date): Date => dateOnly(toIsoDateTokyo(now));

function placeData(input: TPlaceInput, now: Date) {
  const { lastConfirmedAt, ...rest } = input;
  return { ...rest, kanaKey: normaliseKana(input.kana || input.name), lastConfirmedAt: lastConfirmedAt ? dateOnly(lastConfirmedAt) : today(now) };
}

export function presentActivity(a: ActivityRow) {
  const schedule = ZSchedule.safeParse(a.schedule);
  const rules = schedule.success ? schedule.data : [];
  return { ...a, schedule: rules, scheduleText: rules.map(describeRule), lastConfirmedAt: isoOf(a.lastConfirmedAt) };
}

export function presentPlace(p: PlaceWithActivities) {
  return { ...p, lastConfirmedAt: isoOf(p.lastConfirmedAt), activities: p.activities.map(presentActivity) };
}

export async function findPlaces(tx: Tx, actor: StaffActor, text?: string) {
  return (await listPlaces(tx, actor.municipalityCode, text ? { text } : {})).map(presentPlace);
}

export async function getPlaceForStaff(tx: Tx, actor: StaffActor, id: string) {
  const p = await getPlace(tx, actor.municipalityCode, id);
  if (!p) throw apiError('NOT_FOUND');
  return presentPlace(p);
}

export async function createPlaceForStaff(tx: Tx, actor: StaffActor, input: TPlaceInput, now: Date) {
  await requireOwnReferences(tx, actor, input);
  const p = await createPlace(tx, actor.municipalityCode, placeData(input, now));
  return { id: p.id };
}

export async function updatePlaceForStaff(tx: Tx, actor: StaffActor, id: string, input: TPlaceInput, now: Date) {
  await requireOwnReferences(tx, actor, input);
  const p = await updatePlace(tx, actor.municipalityCode, id, placeData(input, now));
  if (!p) throw apiError('NOT_FOUND');
  return { id: p.id };
}

export async function setPlacePublished(tx: Tx, actor: StaffActor, id: string, published: boolean) {
  const p = await updatePlace(tx, actor.municipalityCode, id, { published });
  if (!p) throw apiError('NOT_FOUND');
  return { id: p.id, published: p.published };
}

export async function deletePlaceForStaff(tx: Tx, actor: StaffActor, id: string) {
  if (!(await deletePlace(tx, actor.municipalityCode, id))) throw apiError('NOT_FOUND');
  return { id };
}

function activityData(input: TActivityInput, now: Date) {
  const { lastConfirmedAt, ...rest } = input;
  return { ...rest, lastConfirmedAt: lastConfirmedAt ? dateOnly(lastConfirmedAt) : today(now) };
}

export async function createActivityForStaff(tx: Tx, actor: StaffActor, placeId: string, input: TActivityInput, now: Date) {
  const a = await createActivity(tx, actor.municipalityCode, placeId, activityData(input, now));
  if (!a) throw apiError('NOT_FOUND');
  return { id: a.id };
}

export async function updateActivityForStaff(tx: Tx, actor: StaffActor, id: string, input: TActivityInput, now: Date) {
  const a = await updateActivity(tx, actor.municipalityCode, id, activityData(input, now));
  if (!a) throw apiError('NOT_FOUND');
  return { id: a.id };
}

export async function deleteActivityForStaff(tx: Tx, actor: StaffActor, id: string) {
  if (!(await deleteActivity(tx, actor.municipalityCode, id))) throw apiError('NOT_FOUND');
  return { id };
}

/** Published entries not confirmed for 180 days (issue #5 item 5), oldest first. */
export async function findUnconfirmed(tx: Tx, actor: StaffActor, now: Date) {
  const before = new Date(today(now).getTime() - CONFIRMATION_MAX_AGE_DAYS * 86_400_000);
  const r = await listUnconfirmedEntries(tx, actor.municipalityCode, before);
  const days = (d: Date) => Math.floor((today(now).getTime() - d.getTime()) / 86_400_000);
  return {
    maxAgeDays: CONFIRMATION_MAX_AGE_DAYS,
    items: [
      ...r.places.map((p) => ({ kind: 'place' as const, id: p.id, name: p.name, placeName: null, lastConfirmedAt: isoOf(p.lastConfirmedAt), daysSince: days(p.lastConfirmedAt) })),
      ...r.activities.map((a) => ({ kind: 'activity' as const, id: a.id, name: a.name, placeName: a.place.name, lastConfirmedAt: isoOf(a.lastConfirmedAt), daysSince: days(a.lastConfirmedAt) })),
      ...r.windows.map((w) => ({ kind: 'window' as const, id: w.id, name: w.name, placeName: null, lastConfirmedAt: isoOf(w.lastConfirmedAt), daysSince: days(w.lastConfirmedAt) })),
    ].sort((a, b) => b.daysSince - a.daysSince),
  };
}

export async function confirmEntriesForStaff(tx: Tx, actor: StaffActor, ids: { places: string[]; activities: string[]; windows: string[] }, now: Date) {
  return { confirmed: await confirmEntries(tx, actor.municipalityCode, ids, today(now)) };
}
