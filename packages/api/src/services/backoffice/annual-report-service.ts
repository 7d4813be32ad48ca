// 実績報告 (issue #11 item 3): the year's figures counted in SQL from the records (JST fiscal year), shown,
// exported as CSV (UTF-8 with BOM for Excel; Shift_JIS on request) and submitted to the prefecture. Counts
// only: no person, household or case identifier is in any figure.
import Encoding from 'encoding-japanese';
import { stringify } from 'csv-stringify/sync';
import { computeAnnualReportFigures, createAnnualReportSubmission, getMunicipality, listAnnualReportSubmissions } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { can, fiscalYearOf, formatFiscalYearJa, issueFieldPairs, reportRows } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { auditAs } from '../audit-as.js';
import { domainError } from '../../errors.js';
import { excelCsv } from './excel-csv.js';
import { fiscalPeriod } from './fiscal-period.js';

async function figuresOf(tx: Tx, municipalityCode: string, fiscalYear: number) {
  const { from, to } = fiscalPeriod(fiscalYear);
  return computeAnnualReportFigures(tx, municipalityCode, from, to, issueFieldPairs());
}

/** A year can be reported once it has ended (a closed period: nothing can be added to it afterwards). */
const isClosed = (fiscalYear: number, now: Date) => fiscalYear < fiscalYearOf(now);

export async function getAnnualReportForStaff(tx: Tx, actor: StaffActor, fiscalYear: number, now: Date) {
  const [figures, submissions, municipality] = await Promise.all([
    figuresOf(tx, actor.municipalityCode, fiscalYear),
    listAnnualReportSubmissions(tx, actor.municipalityCode, fiscalYear),
    getMunicipality(tx, actor.municipalityCode),
  ]);
  return {
    municipalityName: municipality?.name ?? '',
    fiscalYear,
    fiscalYearLabel: formatFiscalYearJa(fiscalYear),
    closed: isClosed(fiscalYear, now),
    canSubmit: can(actor.role, 'report.manage'),
    rows: reportRows(figures),
    submissions,
  };
}

export async function exportAnnualReportCsv(tx: Tx, actor: StaffActor, fiscalYear: number, encoding: 'utf-8' | 'shift_jis') {
  const [figures, municipality] = await Promise.all([figuresOf(tx, actor.municipalityCode, fiscalYear), getMunicipality(tx, actor.municipalityCode)]);
  const header = ['市町村コード', '市町村', '年度', '項目', '内訳', '件数'];
  const body = reportRows(figures).map((r) => [actor.municipalityCode, municipality?.name ?? '', formatFiscalYearJa(fiscalYear), r.metricLabel, r.keyLabel, String(r.value)]);
  const filename = `jisseki-${actor.municipalityCode}-${fiscalYear}.csv`;
  await auditAs(tx, actor, { action: 'export', recordType: 'AnnualReport', recordId: `${actor.municipalityCode}:${fiscalYear}`, legalBasis: 'administration', basisRef: encoding });
  // Excel opens UTF-8 only with a BOM; older setups want Shift_JIS (CP932), sent as base64 bytes
  if (encoding === 'utf-8') return { filename, encoding, content: excelCsv([header, ...body]) };
  const text = stringify([header, ...body], { record_delimiter: '\r\n' });
  const bytes = Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE', type: 'array' });
  return { filename, encoding, content: Buffer.from(bytes).toString('base64') };
}

export async function submitAnnualReportForStaff(tx: Tx, actor: StaffActor, fiscalYear: number, now: Date) {
  if (!isClosed(fiscalYear, now)) {
    throw domainError({ code: 'INVALID_TRANSITION', message: '実績報告は年度が終わってから提出できます（3月31日の翌日以降）。' });
  }
  const figures = await figuresOf(tx, actor.municipalityCode, fiscalYear);
  const created = await createAnnualReportSubmission(tx, { municipalityCode: actor.municipalityCode, fiscalYear, userId: actor.userId, at: now, figures });
  await auditAs(tx, actor, { action: 'submit', recordType: 'AnnualReport', recordId: `${actor.municipalityCode}:${fiscalYear}`, legalBasis: 'administration', basisRef: String(created.version) });
  return created;
}
