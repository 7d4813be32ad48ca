import { createWindow, deleteWindow, getWindow, listWindows, updateWindow } from '@kasane/db';
import type { Tx, WindowRow } from '@kasane/db';
import { ZOpeningHours, describeHours, toIsoDateTokyo } from '@kasane/domain';
import type { OpeningHours } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError } from '../../errors.js';
import { storedAttribution } from './hsds-read.js';
import { isoOf } from './places-service.js';
import { requireOwnReferences } from './references.js';
import type { TWindowInput } from './schemas.js';

const closedHours: OpeningHours = { spans: [], closedOnHolidays: true };

export function hoursOf(w: Pick<WindowRow, 'hours'>): OpeningHours {
  const parsed = ZOpeningHours.safeParse(w.hours);
  return parsed.success ? parsed.data : closedHours;
}

/** The official page, plain name, department and the record's attribution (CC BY credit), as the portal shows them. */
export function windowCredit(w: Pick<WindowRow, 'url' | 'plainName' | 'department' | 'sourceName' | 'sourceLicence' | 'sourceCredit' | 'sourceUrl'>) {
  return { url: w.url, plainName: w.plainName, department: w.department, source: storedAttribution(w) };
}

export function presentWindow(w: WindowRow) {
  const hours = hoursOf(w);
  return { ...w, hours, hoursText: describeHours(hours), lastConfirmedAt: isoOf(w.lastConfirmedAt) };
}

function windowData(input: TWindowInput, now: Date) {
  const { lastConfirmedAt, ...rest } = input;
  return { ...rest, lastConfirmedAt: new Date(`${lastConfirmedAt ?? toIsoDateTokyo(now)}T00:00:00Z`) };
}

export async function findWindowsForStaff(tx: Tx, actor: StaffActor) {
  return (await listWindows(tx, actor.municipalityCode)).map(presentWindow);
}

export async function getWindowForStaff(tx: Tx, actor: StaffActor, id: string) {
  const w = await getWindow(tx, actor.municipalityCode, id);
  if (!w) throw apiError('NOT_FOUND');
  return presentWindow(w);
}

export async function createWindowForStaff(tx: Tx, actor: StaffActor, input: TWindowInput, now: Date) {
  await requireOwnReferences(tx, actor, input);
  return { id: (await createWindow(tx, actor.municipalityCode, windowData(input, now))).id };
}

export async function updateWindowForStaff(tx: Tx, actor: StaffActor, id: string, input: TWindowInput, now: Date) {
  await requireOwnReferences(tx, actor, input);
  const w = await updateWindow(tx, actor.municipalityCode, id, windowData(input, now));
  if (!w) throw apiError('NOT_FOUND');
  return { id: w.id };
}

export async function deleteWindowForStaff(tx: Tx, actor: StaffActor, id: string) {
  if (!(await deleteWindow(tx, actor.municipalityCode, id))) throw apiError('NOT_FOUND');
  return { id };
}
