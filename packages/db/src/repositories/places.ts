import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';

// 地域づくり register: places and the activities held there. Every function takes the municipality
// code and puts it in every where (ARCHITECTURE.md "Tenancy, twice").

export interface PlaceData {
  name: string;
  kana: string;
  kanaKey: string;
  kind: string;
  description: string;
  organiserName: string;
  organisationId: string | null;
  partId: string | null;
  audiences: string[];
  accessibility: string[];
  feeYen: number | null;
  feeNote: string;
  postalCode: string;
  address: string;
  lat: number | null;
  lng: number | null;
  phone: string;
  email: string;
  url: string;
  area: string;
  published: boolean;
  lastConfirmedAt: Date;
  sourceId?: string | null;
  sourceName?: string;
  sourceLicence?: string;
  sourceCredit?: string;
  sourceUrl?: string;
}

export interface ActivityData {
  name: string;
  description: string;
  organiserName: string;
  partId: string | null;
  audiences: string[];
  audienceNote: string;
  schedule: unknown;
  feeYen: number | null;
  feeNote: string;
  published: boolean;
  lastConfirmedAt: Date;
  sourceId?: string | null;
  sourceName?: string;
  sourceLicence?: string;
  sourceCredit?: string;
  sourceUrl?: string;
}

/** The HSDS record a row came from and its attribution (CC BY credit), kept per record (ADR 0029). */
const sourceSelect = { sourceId: true, sourceName: true, sourceLicence: true, sourceCredit: true, sourceUrl: true } as const;

const activitySelect = {
  id: true, placeId: true, name: true, description: true, organiserName: true, partId: true, audiences: true, audienceNote: true, schedule: true,
  feeYen: true, feeNote: true, published: true, lastConfirmedAt: true, updatedAt: true, ...sourceSelect,
} as const;

const placeSelect = {
  id: true, municipalityCode: true, name: true, kana: true, kind: true, description: true, organiserName: true, organisationId: true, partId: true,
  audiences: true, accessibility: true, feeYen: true, feeNote: true, postalCode: true, address: true, lat: true, lng: true, phone: true, email: true,
  url: true, area: true, published: true, lastConfirmedAt: true, updatedAt: true, ...sourceSelect,
} as const;

export type PlaceRow = Prisma.CommunityPlaceGetPayload<{ select: typeof placeSelect }>;
export type ActivityRow = Prisma.CommunityActivityGetPayload<{ select: typeof activitySelect }>;
export type PlaceWithActivities = PlaceRow & { activities: ActivityRow[] };

export async function createPlace(tx: Tx, municipalityCode: string, data: PlaceData): Promise<PlaceRow> {
  return tx.communityPlace.create({ data: { ...data, municipalityCode }, select: placeSelect });
}

export async function updatePlace(tx: Tx, municipalityCode: string, id: string, data: Partial<PlaceData>): Promise<PlaceRow | null> {
  const { count } = await tx.communityPlace.updateMany({ where: { municipalityCode, id }, data });
  return count ? tx.communityPlace.findFirst({ where: { municipalityCode, id }, select: placeSelect }) : null;
}

export async function deletePlace(tx: Tx, municipalityCode: string, id: string): Promise<boolean> {
  const { count } = await tx.communityPlace.deleteMany({ where: { municipalityCode, id } });
  return count > 0;
}

export async function getPlace(tx: Tx, municipalityCode: string, id: string, options: { publishedOnly?: boolean } = {}): Promise<PlaceWithActivities | null> {
  const published = options.publishedOnly ? { published: true } : {};
  return tx.communityPlace.findFirst({
    where: { municipalityCode, id, ...published },
    select: { ...placeSelect, activities: { where: { municipalityCode, ...published }, select: activitySelect, orderBy: { name: 'asc' } } },
  });
}

export async function listPlaces(tx: Tx, municipalityCode: string, options: { publishedOnly?: boolean; text?: string } = {}): Promise<PlaceWithActivities[]> {
  const published = options.publishedOnly ? { published: true } : {};
  const text = options.text ? { OR: [{ name: { contains: options.text } }, { kanaKey: { contains: options.text } }] } : {};
  return tx.communityPlace.findMany({
    where: { municipalityCode, ...published, ...text },
    select: { ...placeSelect, activities: { where: { municipalityCode, ...published }, select: activitySelect, orderBy: { name: 'asc' } } },
    orderBy: [{ kanaKey: 'asc' }, { name: 'asc' }],
  });
}

export async function createActivity(tx: Tx, municipalityCode: string, placeId: string, data: ActivityData): Promise<ActivityRow | null> {
  const place = await tx.communityPlace.findFirst({ where: { municipalityCode, id: placeId }, select: { id: true } });
  if (!place) return null;
  return tx.communityActivity.create({ data: { ...data, schedule: data.schedule as Prisma.InputJsonValue, municipalityCode, placeId }, select: activitySelect });
}

export async function updateActivity(tx: Tx, municipalityCode: string, id: string, data: Partial<ActivityData>): Promise<ActivityRow | null> {
  const { schedule, ...rest } = data;
  const { count } = await tx.communityActivity.updateMany({ where: { municipalityCode, id }, data: { ...rest, ...(schedule === undefined ? {} : { schedule: schedule as Prisma.InputJsonValue }) } });
  return count ? tx.communityActivity.findFirst({ where: { municipalityCode, id }, select: activitySelect }) : null;
}

export async function deleteActivity(tx: Tx, municipalityCode: string, id: string): Promise<boolean> {
  const { count } = await tx.communityActivity.deleteMany({ where: { municipalityCode, id } });
  return count > 0;
}

/** Published places and activities last confirmed before `before` (the 180-day list). */
export async function listUnconfirmedEntries(tx: Tx, municipalityCode: string, before: Date) {
  const where = { municipalityCode, published: true, lastConfirmedAt: { lt: before } };
  const [places, activities, windows] = await Promise.all([
    tx.communityPlace.findMany({ where, select: { id: true, name: true, lastConfirmedAt: true }, orderBy: { lastConfirmedAt: 'asc' } }),
    tx.communityActivity.findMany({ where, select: { id: true, name: true, lastConfirmedAt: true, place: { select: { name: true } } }, orderBy: { lastConfirmedAt: 'asc' } }),
    tx.consultationWindow.findMany({ where, select: { id: true, name: true, lastConfirmedAt: true }, orderBy: { lastConfirmedAt: 'asc' } }),
  ]);
  return { places, activities, windows };
}

/** Marks entries as confirmed today (確認日). */
export async function confirmEntries(tx: Tx, municipalityCode: string, ids: { places: string[]; activities: string[]; windows: string[] }, on: Date): Promise<number> {
  const data = { lastConfirmedAt: on };
  const a = await tx.communityPlace.updateMany({ where: { municipalityCode, id: { in: ids.places } }, data });
  const b = await tx.communityActivity.updateMany({ where: { municipalityCode, id: { in: ids.activities } }, data });
  const c = await tx.consultationWindow.updateMany({ where: { municipalityCode, id: { in: ids.windows } }, data });
  return a.count + b.count + c.count;
}
