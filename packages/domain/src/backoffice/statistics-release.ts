import { fields } from '../parts/catalogue.js';
import { intakeChannels } from '../intake/vocabulary.js';
import { issueIds } from '../issues/taxonomy.js';
import { placeKinds } from '../community/catalogue.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import { suppressTable } from '../suppression/suppress-table.js';
import { reportKeyLabel, reportMetricLabels } from './report-metrics.js';
import type { ReportFigure, ReportMetric } from './report-metrics.js';

// The prefecture's statistics (issue #11 item 8) are published as frozen releases of closed periods: one
// release per fiscal year, built once from the first submitted 実績報告 of each municipality and never
// recomputed. Two releases therefore never describe the same cells, and inside a release every table is
// suppressed with its margins (primary + complementary, SPEC §7), so no suppressed cell follows from the
// published figures of any set of releases — the property test tries, by linear algebra over all of them.

type Family = {
  readonly id: string;
  readonly label: string;
  /** the breakdown metric, whose keys are the columns; absent: each column is a one-number metric */
  readonly metric?: ReportMetric;
  readonly columns: readonly string[];
  /** whether a municipality's row sums to a meaningful figure (one count per record) that is published */
  readonly rowTotal: boolean;
};

const activity: readonly ReportMetric[] = [
  'coordination.new', 'coordination.continuing', 'coordination.closed', 'plans.created', 'plans.revised',
  'outreach.newSubjects', 'outreach.subjects', 'outreach.contacts', 'participation.matches', 'participation.settled', 'register.activities',
];
const meetingKindIds = ['jusoteki', 'shien', 'other'] as const;

// Issues and fields count a consultation once per issue / field, so their rows do not add up to anything.
export const statisticsFamilies: readonly Family[] = [
  { id: 'consultations', label: '相談受付件数（経路別・計）', metric: 'consultations.channel', columns: intakeChannels, rowTotal: true },
  { id: 'fields', label: reportMetricLabels['consultations.field'], metric: 'consultations.field', columns: fields, rowTotal: false },
  { id: 'issues', label: reportMetricLabels['consultations.issue'], metric: 'consultations.issue', columns: issueIds, rowTotal: false },
  { id: 'meetingsHeld', label: reportMetricLabels['meetings.held'], metric: 'meetings.held', columns: meetingKindIds, rowTotal: true },
  { id: 'meetingCases', label: reportMetricLabels['meetings.cases'], metric: 'meetings.cases', columns: meetingKindIds, rowTotal: false },
  { id: 'places', label: reportMetricLabels['register.places'], metric: 'register.places', columns: placeKinds, rowTotal: true },
  { id: 'activity', label: '多機関協働・アウトリーチ・参加支援・地域づくり', columns: activity, rowTotal: false },
];

export type ReleaseTable = {
  readonly family: string;
  readonly label: string;
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly { readonly municipalityCode: string; readonly cells: readonly (number | null)[]; readonly total: number | null | undefined }[];
  readonly columnTotals: readonly (number | null)[];
  /** only where rows add up: the prefecture's total of the table */
  readonly grandTotal: number | null | undefined;
};

export type StatisticsRelease = { readonly fiscalYear: number; readonly threshold: number; readonly municipalityCodes: readonly string[]; readonly tables: readonly ReleaseTable[] };

export type ReleaseInput = {
  readonly fiscalYear: number;
  readonly threshold: number;
  readonly municipalities: readonly { readonly code: string; readonly figures: readonly ReportFigure[] }[];
};

const valueOf = (figures: readonly ReportFigure[], family: Family, column: string): number => {
  const metric = family.metric ?? column;
  const key = family.metric === undefined ? '' : column;
  return figures.find((f) => f.metric === metric && f.key === key)?.value ?? 0;
};

/** Builds one frozen release: every family's table suppressed with its margins; margins that mean nothing are left out. */
export const buildStatisticsRelease = (input: ReleaseInput): Result<StatisticsRelease> => {
  const municipalities = [...input.municipalities].sort((a, b) => a.code.localeCompare(b.code));
  const tables: ReleaseTable[] = [];
  if (municipalities.length > 0) {
    for (const family of statisticsFamilies) {
      const suppressed = suppressTable({ rows: municipalities.map((m) => family.columns.map((c) => valueOf(m.figures, family, c))), threshold: input.threshold });
      if (!suppressed.ok) return suppressed;
      const t = suppressed.value;
      tables.push({
        family: family.id,
        label: family.label,
        columns: family.columns.map((key) => ({ key, label: family.metric ? reportKeyLabel(family.metric, key) : reportMetricLabels[key as ReportMetric] })),
        rows: municipalities.map((m, i) => ({ municipalityCode: m.code, cells: t.cells[i] ?? [], total: family.rowTotal ? (t.rowTotals[i] ?? null) : undefined })),
        columnTotals: t.columnTotals,
        grandTotal: family.rowTotal ? t.grandTotal : undefined,
      });
    }
  }
  return ok({ fiscalYear: input.fiscalYear, threshold: input.threshold, municipalityCodes: municipalities.map((m) => m.code), tables });
};
