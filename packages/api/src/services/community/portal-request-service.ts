import { randomInt } from 'node:crypto';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { createConsultationFromPortal, enterPublicMunicipality, getMunicipality, getPortalRequest, insertPortalRequest, listPortalRequests, markPortalRequest } from '@kasane/db';
import type { PortalRequestRow, Tx } from '@kasane/db';
import { checkPublicText } from '@kasane/domain';
import type { ApiDeps, StaffActor } from '../../context.js';
import { noteAuditedRecords } from '../access/decision-scope.js';
import { AppError, apiError, domainError } from '../../errors.js';
import { auditAs } from '../audit-as.js';
import { portalReceivers } from '../portal-directory-service.js';

// Requests from the public portal. The municipality is the one the resident chose (public data);
// the row is written in that municipality's public scope as kasane_public, so RLS puts it in that
// tenant only and the portal can insert it but never read it back (ADR 0019).

export const portalRequestLimits = { points: 5, durationSeconds: 15 * 60, blockSeconds: 15 * 60 };

// One limiter per API instance (the server is one process: docs/decisions/0004; same as sign-in).
const limiters = new WeakMap<ApiDeps, RateLimiterMemory>();
function limiterFor(deps: ApiDeps): RateLimiterMemory {
  let l = limiters.get(deps);
  if (!l) {
    l = new RateLimiterMemory({ points: portalRequestLimits.points, duration: portalRequestLimits.durationSeconds, blockDuration: portalRequestLimits.blockSeconds });
    limiters.set(deps, l);
  }
  return l;
}

// No 0/O, 1/I/L: read over the phone without ambiguity.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export function newReference(now: Date): string {
  const body = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${String(now.getUTCFullYear()).slice(2)}-${body.slice(0, 4)}-${body.slice(4)}`;
}

export interface PortalRequestInput {
  municipalityCode: string;
  kind: 'consultation' | 'offer';
  anonymous: boolean;
  name: string;
  contactMethod: 'none' | 'phone' | 'email' | 'letter';
  contact: string;
  preferredTime: string;
  message: string;
  doNotContactHome: boolean;
  area: string;
  /** the honeypot: a field people never see */
  website: string;
}

const fieldLimits = { name: 50, contact: 100, preferredTime: 100, message: 2000, area: 100 } as const;

function checkFields(input: PortalRequestInput): void {
  for (const [field, max] of Object.entries(fieldLimits) as [keyof typeof fieldLimits, number][]) {
    const r = checkPublicText(input[field], { max, required: field === 'message', field });
    if (!r.ok) throw domainError(r.error);
  }
  if (!input.anonymous && input.contactMethod !== 'none' && input.contact.trim() === '') {
    throw new AppError('BAD_REQUEST', 'VALIDATION', '連絡先を入力するか、「連絡はいらない」を選んでください。', { field: 'contact' });
  }
  if (input.contactMethod === 'email' && input.contact && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.contact)) {
    throw new AppError('BAD_REQUEST', 'VALIDATION', 'メールアドレスの形式が正しくありません。', { field: 'contact' });
  }
}

function rateLimited(msBeforeNext: number): AppError {
  const wait = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError('TOO_MANY_REQUESTS', 'RATE_LIMITED', `送信が続いたため、受付を一時的に止めています。${wait}分ほどたってから、もう一度お試しください。お急ぎの場合は窓口へお電話ください。`, { retryAfterMinutes: wait, retryAfterSeconds });
}

/**
 * Receives a request; returns the reference number the resident keeps. Only accepted requests count
 * towards the limit: a resident correcting typos is not locked out of the form (issue #9).
 */
export async function submitPortalRequest(deps: ApiDeps, tx: Tx, ip: string, input: PortalRequestInput) {
  const limiter = limiterFor(deps);
  const state = await limiter.get(ip);
  if (state && state.consumedPoints >= portalRequestLimits.points) throw rateLimited(state.msBeforeNext);
  const now = deps.now();
  const consume = async () => {
    try {
      await limiter.consume(ip);
    } catch (e) {
      throw rateLimited(e && typeof e === 'object' && 'msBeforeNext' in e ? Number((e as { msBeforeNext: number }).msBeforeNext) : portalRequestLimits.blockSeconds * 1000);
    }
  };
  // A bot filled the hidden field: answer like a success so it learns nothing, store nothing (it counts).
  if (input.website.trim() !== '') {
    await consume();
    return { reference: newReference(now), receivedAt: now.toISOString() };
  }
  checkFields(input);
  await enterPublicMunicipality(tx, input.municipalityCode);
  if (!(await getMunicipality(tx, input.municipalityCode))) throw apiError('NOT_FOUND');
  if (!(await portalReceivers(tx, input.municipalityCode))[input.kind]) {
    throw new AppError('PRECONDITION_FAILED', 'NO_RECEIVER', 'この市区町村は、ここから送られた申し込みを受け取っていません。市区町村の窓口に直接ご連絡ください。');
  }
  // Counted only once the request will be kept; a refusal above leaves the limit untouched.
  await consume();
  const anonymous = input.anonymous;
  const row = await insertPortalRequest(tx, input.municipalityCode, {
    kind: input.kind,
    reference: newReference(now),
    name: anonymous ? null : input.name.trim() || null,
    contactMethod: anonymous ? 'none' : input.contactMethod,
    contact: anonymous || input.contactMethod === 'none' ? null : input.contact.trim(),
    preferredTime: input.preferredTime,
    message: input.message,
    doNotContactHome: input.doNotContactHome,
    area: input.area,
    receivedAt: now,
  });
  return { reference: row.reference, receivedAt: now.toISOString() };
}

const present = (r: PortalRequestRow) => ({ ...r, receivedAt: r.receivedAt.toISOString(), handledAt: r.handledAt?.toISOString() ?? null });

/**
 * A resident's request (name, contact, message) is personal data the resident sent to the municipality
 * to be answered: reading it is audited like any other (C8), one entry naming every request shown.
 */
async function recordRequestsRead(tx: Tx, actor: StaffActor, rows: PortalRequestRow[]): Promise<void> {
  if (rows.length === 0) return;
  await auditAs(tx, actor, {
    action: 'read',
    recordType: 'PortalRequest',
    recordId: rows.map((r) => r.id).join(','),
    legalBasis: 'resident_request',
    basisRef: rows.map((r) => r.reference).join(','),
  });
  noteAuditedRecords(rows.map((r) => r.id));
}

/** 相談受付の受信箱 (consultation requests) or the community coordinator's queue (offers and ideas). */
export async function findPortalRequests(tx: Tx, actor: StaffActor, input: { kind: 'consultation' | 'offer'; includeHandled: boolean }) {
  const rows = await listPortalRequests(tx, actor.municipalityCode, { kind: input.kind, ...(input.includeHandled ? {} : { status: ['new'] }) });
  await recordRequestsRead(tx, actor, rows);
  return rows.map(present);
}

export async function getPortalRequestForStaff(tx: Tx, actor: StaffActor, id: string) {
  const r = await getPortalRequest(tx, actor.municipalityCode, id);
  if (!r) throw apiError('NOT_FOUND');
  await recordRequestsRead(tx, actor, [r]);
  return present(r);
}

/** 「相談受付にする」: one action creates the Consultation (channel portal) and closes the request. */
export async function convertToConsultation(tx: Tx, actor: StaffActor, id: string, now: Date) {
  const r = await getPortalRequest(tx, actor.municipalityCode, id);
  if (!r || r.kind !== 'consultation') throw apiError('NOT_FOUND');
  if (r.status !== 'new') throw new AppError('CONFLICT', 'ALREADY_HANDLED', 'この申し込みは、すでに受付済みです。');
  const lines = [
    r.message,
    '',
    `【ポータル受付番号】${r.reference}`,
    r.doNotContactHome ? '【注意】自宅に連絡しないでください（本人の希望）' : '',
    `【連絡方法】${r.contactMethod}${r.contact ? `：${r.contact}` : ''}`,
    r.preferredTime ? `【希望の時間帯】${r.preferredTime}` : '',
    r.name ? `【名前】${r.name}` : '【名前】匿名',
  ].filter((l, i) => i < 2 || l !== '');
  const c = await createConsultationFromPortal(tx, actor.municipalityCode, {
    organisationId: actor.organisationId,
    receivedByUserId: actor.userId,
    receivedAt: r.receivedAt,
    summary: lines.join('\n'),
    consulterType: r.name ? 'self' : 'anonymous',
  });
  const marked = await markPortalRequest(tx, actor.municipalityCode, r.id, { status: 'converted', consultationId: c.id, handledAt: now, handledByUserId: actor.userId }, 'new');
  if (!marked) throw new AppError('CONFLICT', 'ALREADY_HANDLED', 'この申し込みは、すでに受付済みです。');
  await auditAs(tx, actor, {
    action: 'write',
    recordType: 'Consultation',
    recordId: c.id,
    legalBasis: 'intake',
    basisRef: r.reference,
  });
  return { consultationId: c.id, reference: r.reference, doNotContactHome: r.doNotContactHome };
}

/** An offer or idea taken up (or closed) by the community coordinator. */
export async function closePortalRequest(tx: Tx, actor: StaffActor, id: string, now: Date) {
  const r = await getPortalRequest(tx, actor.municipalityCode, id);
  if (!r) throw apiError('NOT_FOUND');
  const ok = await markPortalRequest(tx, actor.municipalityCode, id, { status: 'closed', handledAt: now, handledByUserId: actor.userId }, 'new');
  if (!ok) throw new AppError('CONFLICT', 'ALREADY_HANDLED', 'この申し込みは、すでに対応済みです。');
  return { id };
}
