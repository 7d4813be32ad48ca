import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';

// 相談窓口 per organisation: hours (JSON, domain ZOpeningHours), contact, position, languages, topics.

export interface WindowData {
  organisationId: string | null;
  name: string;
  kana: string;
  hours: unknown;
  phone: string;
  fax: string;
  email: string;
  postalCode: string;
  address: string;
  lat: number | null;
  lng: number | null;
  languages: string[];
  topics: string[];
  note: string;
  published: boolean;
  lastConfirmedAt: Date;
  sourceId?: string | null;
}

const windowSelect = {
  id: true, municipalityCode: true, organisationId: true, name: true, kana: true, hours: true, phone: true, fax: true, email: true, postalCode: true,
  address: true, lat: true, lng: true, languages: true, topics: true, note: true, published: true, lastConfirmedAt: true, updatedAt: true,
} as const;

export type WindowRow = Prisma.ConsultationWindowGetPayload<{ select: typeof windowSelect }>;

export async function createWindow(tx: Tx, municipalityCode: string, data: WindowData): Promise<WindowRow> {
  return tx.consultationWindow.create({ data: { ...data, hours: data.hours as Prisma.InputJsonValue, municipalityCode }, select: windowSelect });
}

export async function updateWindow(tx: Tx, municipalityCode: string, id: string, data: Partial<WindowData>): Promise<WindowRow | null> {
  const { hours, ...rest } = data;
  const { count } = await tx.consultationWindow.updateMany({ where: { municipalityCode, id }, data: { ...rest, ...(hours === undefined ? {} : { hours: hours as Prisma.InputJsonValue }) } });
  return count ? tx.consultationWindow.findFirst({ where: { municipalityCode, id }, select: windowSelect }) : null;
}

export async function deleteWindow(tx: Tx, municipalityCode: string, id: string): Promise<boolean> {
  const { count } = await tx.consultationWindow.deleteMany({ where: { municipalityCode, id } });
  return count > 0;
}

export async function getWindow(tx: Tx, municipalityCode: string, id: string, options: { publishedOnly?: boolean } = {}): Promise<WindowRow | null> {
  return tx.consultationWindow.findFirst({ where: { municipalityCode, id, ...(options.publishedOnly ? { published: true } : {}) }, select: windowSelect });
}

export async function listWindows(tx: Tx, municipalityCode: string, options: { publishedOnly?: boolean } = {}): Promise<WindowRow[]> {
  return tx.consultationWindow.findMany({ where: { municipalityCode, ...(options.publishedOnly ? { published: true } : {}) }, select: windowSelect, orderBy: [{ kana: 'asc' }, { name: 'asc' }] });
}

/** Bulk insert for the HSDS import (see insertDirectoryBatch: one statement, RLS still checks each row). */
export async function insertWindowBatch(tx: Tx, municipalityCode: string, rows: (WindowData & { id: string })[]): Promise<number> {
  if (!rows.length) return 0;
  const now = new Date().toISOString();
  const data = rows.map((w) => ({ ...w, municipalityCode, createdAt: now, updatedAt: now, lastConfirmedAt: w.lastConfirmedAt.toISOString().slice(0, 10), sourceId: w.sourceId ?? null }));
  return tx.$executeRaw`INSERT INTO "ConsultationWindow" SELECT * FROM json_populate_recordset(NULL::"ConsultationWindow", ${JSON.stringify(data)}::json)`;
}
