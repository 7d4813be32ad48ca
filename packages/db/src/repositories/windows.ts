import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';
import { importRecordset } from './directory-import.js';

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
  url?: string;
  plainName?: string;
  department?: string;
  contacts?: unknown;
  sourceTopics?: string[];
  sourceName?: string;
  sourceLicence?: string;
  sourceCredit?: string;
  sourceUrl?: string;
}

const windowSelect = {
  id: true, municipalityCode: true, organisationId: true, name: true, kana: true, hours: true, phone: true, fax: true, email: true, postalCode: true,
  address: true, lat: true, lng: true, languages: true, topics: true, note: true, published: true, lastConfirmedAt: true, updatedAt: true,
  sourceId: true, url: true, plainName: true, department: true, contacts: true, sourceTopics: true, sourceName: true, sourceLicence: true, sourceCredit: true, sourceUrl: true,
} as const;

export type WindowRow = Prisma.ConsultationWindowGetPayload<{ select: typeof windowSelect }>;

export async function createWindow(tx: Tx, municipalityCode: string, data: WindowData): Promise<WindowRow> {
  const { contacts, ...rest } = data;
  return tx.consultationWindow.create({ data: { ...rest, ...(contacts === undefined ? {} : { contacts: contacts as Prisma.InputJsonValue }), hours: data.hours as Prisma.InputJsonValue, municipalityCode }, select: windowSelect });
}

export async function updateWindow(tx: Tx, municipalityCode: string, id: string, data: Partial<WindowData>): Promise<WindowRow | null> {
  const { hours, contacts, ...rest } = data;
  const json = { ...(hours === undefined ? {} : { hours: hours as Prisma.InputJsonValue }), ...(contacts === undefined ? {} : { contacts: contacts as Prisma.InputJsonValue }) };
  const { count } = await tx.consultationWindow.updateMany({ where: { municipalityCode, id }, data: { ...rest, ...json } });
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

const importDefaults = { url: '', plainName: '', department: '', contacts: [], sourceTopics: [], sourceName: '', sourceLicence: '', sourceCredit: '', sourceUrl: '' };

/** A window of an import, with the municipality it was routed to. */
export type ImportWindowRow = WindowData & { id: string; municipalityCode: string };

const importRows = (rows: ImportWindowRow[]): string => importRecordset(rows.map((w) => ({ ...importDefaults, ...w })));

/** Bulk insert for the HSDS import (see insertPlaceBatch: one statement, RLS still checks each row's municipality). */
export async function insertWindowBatch(tx: Tx, rows: ImportWindowRow[]): Promise<number> {
  if (!rows.length) return 0;
  return tx.$executeRaw`INSERT INTO "ConsultationWindow" SELECT * FROM json_populate_recordset(NULL::"ConsultationWindow", ${importRows(rows)}::json)`;
}

/** Re-import: every column the import sets, replaced in one statement (published and createdAt stay). */
export async function updateWindowBatch(tx: Tx, rows: ImportWindowRow[]): Promise<number> {
  if (!rows.length) return 0;
  return tx.$executeRaw`UPDATE "ConsultationWindow" w SET "name" = r."name", "kana" = r."kana", "hours" = r."hours", "phone" = r."phone", "fax" = r."fax", "email" = r."email",
    "postalCode" = r."postalCode", "address" = r."address", "lat" = r."lat", "lng" = r."lng", "languages" = r."languages", "topics" = r."topics", "note" = r."note",
    "lastConfirmedAt" = r."lastConfirmedAt", "url" = r."url", "plainName" = r."plainName", "department" = r."department", "contacts" = r."contacts",
    "sourceTopics" = r."sourceTopics", "sourceName" = r."sourceName", "sourceLicence" = r."sourceLicence", "sourceCredit" = r."sourceCredit", "sourceUrl" = r."sourceUrl", "updatedAt" = r."updatedAt"
    FROM json_populate_recordset(NULL::"ConsultationWindow", ${importRows(rows)}::json) r WHERE w."id" = r."id" AND w."municipalityCode" = r."municipalityCode"`;
}
