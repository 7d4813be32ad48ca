// 交付金 by fiscal year (issue #11 item 2). Every yen comes from the domain calculator (the same as
// `pnpm kasane grant`); submitting freezes the computed sheet as a version and locks the lines until the
// municipality reopens the year for a new version. The history is kept.
import {
  createGrantSubmission, deleteGrantLine, getStandingGrantSubmission, listGrantLines, listGrantSubmissions, saveGrantLine, supersedeGrantSubmission,
} from '@kasane/db';
import type { GrantLineData, Tx } from '@kasane/db';
import { can, computeGrantSheet, formatFiscalYearJa, formatFraction, partCatalogue, partItemLabel, sharesFor } from '@kasane/domain';
import type { GrantInput, GrantSheet, PartId } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { auditAs } from '../audit-as.js';
import { domainError } from '../../errors.js';

const toInput = (l: GrantLineData): Omit<GrantInput, 'fiscalYear'> => ({
  partId: l.partId as PartId,
  standardAmount: l.standardAmount,
  expenditure: l.expenditure,
  totalCost: l.totalCost,
  otherIncome: l.otherIncome,
  ...(l.nationalRate || l.prefectureRate ? { rates: { ...(l.nationalRate ? { national: l.nationalRate } : {}), ...(l.prefectureRate ? { prefecture: l.prefectureRate } : {}) } } : {}),
  ...(l.adjustmentRate ? { adjustmentRate: l.adjustmentRate } : {}),
});

/** The year's sheet from the lines, or the calculator's refusal as a message for the screen. */
function sheetOf(fiscalYear: number, lines: GrantLineData[]): { sheet: GrantSheet | null; problem: string | null } {
  const r = computeGrantSheet(fiscalYear, lines.map(toInput));
  return r.ok ? { sheet: r.value, problem: null } : { sheet: null, problem: r.error.message };
}

/** Per part, which shares the table fixes and which are caps (「以内」) the municipality sets, for the year. */
function shareRules(fiscalYear: number) {
  const entry = sharesFor(fiscalYear);
  return partCatalogue.map((p) => {
    const s = entry?.shares[p.id];
    const rule = (share: { kind: 'fixed' | 'cap'; ratio: Parameters<typeof formatFraction>[0] } | undefined) => (share ? { kind: share.kind, ratio: formatFraction(share.ratio) } : null);
    return {
      partId: p.id,
      label: `${partItemLabel(p)} ${p.name}`,
      national: rule(s?.national),
      prefecture: rule(s?.prefecture),
      adjustment: s?.nationalAdjustment ? { defaultRatio: formatFraction(s.nationalAdjustment.defaultRatio) } : null,
      premiumLabel: s?.insurance?.premiumLabel ?? null,
    };
  });
}

export async function getGrantForStaff(tx: Tx, actor: StaffActor, fiscalYear: number, compareWith: number | null) {
  const [lines, standing, submissions] = await Promise.all([
    listGrantLines(tx, actor.municipalityCode, fiscalYear),
    getStandingGrantSubmission(tx, actor.municipalityCode, fiscalYear),
    listGrantSubmissions(tx, actor.municipalityCode, fiscalYear),
  ]);
  return {
    fiscalYear,
    fiscalYearLabel: formatFiscalYearJa(fiscalYear),
    tableSource: sharesFor(fiscalYear)?.source ?? null,
    canEdit: can(actor.role, 'grant.manage'),
    locked: standing !== null,
    standingVersion: standing?.version ?? null,
    lines,
    ...sheetOf(fiscalYear, lines),
    rules: shareRules(fiscalYear),
    // the same figures under another year's table (e.g. R4 and R5 side by side)
    comparison: compareWith === null ? null : { fiscalYear: compareWith, fiscalYearLabel: formatFiscalYearJa(compareWith), tableSource: sharesFor(compareWith)?.source ?? null, ...sheetOf(compareWith, lines) },
    submissions,
  };
}

async function refuseIfLocked(tx: Tx, actor: StaffActor, fiscalYear: number): Promise<void> {
  if (await getStandingGrantSubmission(tx, actor.municipalityCode, fiscalYear)) {
    throw domainError({ code: 'INVALID_TRANSITION', message: 'この年度の交付金は都道府県に提出済みのため変更できません。変更するには「新しい版を作成」してください。' });
  }
}

const audit = (tx: Tx, actor: StaffActor, action: string, fiscalYear: number) =>
  auditAs(tx, actor, { action, recordType: 'GrantYear', recordId: `${actor.municipalityCode}:${fiscalYear}`, legalBasis: 'administration', basisRef: null });

export async function saveGrantLineForStaff(tx: Tx, actor: StaffActor, fiscalYear: number, line: GrantLineData, now: Date) {
  await refuseIfLocked(tx, actor, fiscalYear);
  // the calculator is the judge of a line: a rate above its cap or a fixed share changed is refused here
  const check = computeGrantSheet(fiscalYear, [toInput(line)]);
  if (!check.ok) throw domainError(check.error);
  await saveGrantLine(tx, actor.municipalityCode, fiscalYear, line, now);
  await audit(tx, actor, 'write', fiscalYear);
  return { partId: line.partId, shares: check.value.lines[0] ?? null };
}

export async function deleteGrantLineForStaff(tx: Tx, actor: StaffActor, fiscalYear: number, partId: string) {
  await refuseIfLocked(tx, actor, fiscalYear);
  const deleted = await deleteGrantLine(tx, actor.municipalityCode, fiscalYear, partId);
  if (deleted) await audit(tx, actor, 'delete', fiscalYear);
  return { deleted };
}

export async function submitGrantForStaff(tx: Tx, actor: StaffActor, fiscalYear: number, now: Date) {
  await refuseIfLocked(tx, actor, fiscalYear);
  const lines = await listGrantLines(tx, actor.municipalityCode, fiscalYear);
  if (lines.length === 0) throw domainError({ code: 'VALIDATION', message: '提出する事業がありません。事業ごとの金額を入力してください。' });
  const r = computeGrantSheet(fiscalYear, lines.map(toInput));
  if (!r.ok) throw domainError(r.error);
  const byPart = new Map(lines.map((l) => [l.partId, l]));
  const created = await createGrantSubmission(tx, {
    municipalityCode: actor.municipalityCode,
    fiscalYear,
    userId: actor.userId,
    at: now,
    lines: r.value.lines.map((s) => {
      const l = byPart.get(s.partId);
      return {
        partId: s.partId, standardAmount: l?.standardAmount ?? 0, expenditure: l?.expenditure ?? 0, totalCost: l?.totalCost ?? 0, otherIncome: l?.otherIncome ?? 0,
        base: s.base, national: s.national, nationalAdjustment: s.nationalAdjustment ?? 0, prefecture: s.prefecture, premium: s.premium ?? 0, municipality: s.municipality,
        fractions: { ...s.fractions },
      };
    }),
  });
  await audit(tx, actor, 'submit', fiscalYear);
  return created;
}

/** A new version: the standing submission stays in the history, superseded; the lines open again. */
export async function reopenGrantForStaff(tx: Tx, actor: StaffActor, fiscalYear: number, now: Date) {
  const standing = await getStandingGrantSubmission(tx, actor.municipalityCode, fiscalYear);
  if (!standing) throw domainError({ code: 'INVALID_TRANSITION', message: 'この年度の交付金はまだ提出されていません。' });
  await supersedeGrantSubmission(tx, actor.municipalityCode, standing.id, now);
  await audit(tx, actor, 'reopen', fiscalYear);
  return { supersededVersion: standing.version };
}
