import { fieldLabels } from '../parts/catalogue.js';
import type { Field } from '../parts/catalogue.js';
import { intakeChannelLabels } from '../intake/vocabulary.js';
import type { IntakeChannel } from '../intake/vocabulary.js';
import { issueCatalogue } from '../issues/taxonomy.js';
import { meetingKinds } from '../meetings/kinds.js';
import { placeKindLabels } from '../community/catalogue.js';
import type { PlaceKind } from '../community/catalogue.js';
import { employmentStatusLabels, housingKindLabels } from '../assessment/sheet.js';
import type { EmploymentStatus, HousingKind } from '../assessment/sheet.js';

// 実績報告 (issue #11 item 3): the figures and their labels, in the order of the printed report.
export const reportMetrics = [
  'consultations', 'consultations.channel', 'consultations.field', 'consultations.issue',
  'coordination.new', 'coordination.continuing', 'coordination.closed',
  'assessment.cases', 'assessment.field', 'assessment.issueIds', 'assessment.employment', 'assessment.housing',
  'plans.created', 'plans.revised',
  'meetings.held', 'meetings.cases',
  'outreach.newSubjects', 'outreach.subjects', 'outreach.contacts',
  'participation.matches', 'participation.settled',
  'register.places', 'register.activities',
] as const;
export type ReportMetric = (typeof reportMetrics)[number];

export const reportMetricLabels: Readonly<Record<ReportMetric, string>> = {
  consultations: '相談受付件数',
  'consultations.channel': '相談受付件数（経路別）',
  'consultations.field': '相談受付件数（分野別）',
  'consultations.issue': '相談受付件数（課題別）',
  'coordination.new': '多機関協働 新規（支援決定）',
  'coordination.continuing': '多機関協働 継続',
  'coordination.closed': '多機関協働 終結',
  'assessment.cases': 'アセスメント実施ケース数',
  'assessment.field': 'アセスメント 分野別（ケース数）',
  'assessment.issueIds': 'アセスメント 抱える課題別（ケース数）',
  'assessment.employment': 'アセスメント 就労状況別（ケース数）',
  'assessment.housing': 'アセスメント 住居別（ケース数）',
  'plans.created': '支援プラン作成',
  'plans.revised': '支援プラン見直し',
  'meetings.held': '会議の開催回数',
  'meetings.cases': '会議で検討した事例数',
  'outreach.newSubjects': 'アウトリーチ 新規対象',
  'outreach.subjects': 'アウトリーチ 支援対象（接触あり）',
  'outreach.contacts': 'アウトリーチ 接触回数',
  'participation.matches': '参加支援 マッチング',
  'participation.settled': '参加支援 定着',
  'register.places': '地域づくり 拠点・居場所（年度末）',
  'register.activities': '地域づくり 活動（年度末）',
};

const issueLabels = new Map<string, string>(issueCatalogue.map((i) => [i.id, i.label]));
const meetingKindLabel = (key: string): string => (key in meetingKinds ? meetingKinds[key as keyof typeof meetingKinds].label : key);

/** The label of a figure's breakdown key (a channel, field, issue, meeting kind or place kind). */
export const reportKeyLabel = (metric: string, key: string): string => {
  if (key === '') return '';
  switch (metric) {
    case 'consultations.channel':
      return intakeChannelLabels[key as IntakeChannel] ?? key;
    case 'consultations.field':
    case 'assessment.field':
      return fieldLabels[key as Field] ?? key;
    case 'consultations.issue':
    case 'assessment.issueIds':
      return issueLabels.get(key) ?? key;
    case 'assessment.employment':
      return employmentStatusLabels[key as EmploymentStatus] ?? key;
    case 'assessment.housing':
      return housingKindLabels[key as HousingKind] ?? key;
    case 'meetings.held':
    case 'meetings.cases':
      return meetingKindLabel(key);
    case 'register.places':
      return placeKindLabels[key as PlaceKind] ?? key;
    default:
      return key;
  }
};

export type ReportFigure = { readonly metric: string; readonly key: string; readonly value: number };
export type ReportRow = ReportFigure & { readonly metricLabel: string; readonly keyLabel: string };

/** Metrics broken down by a key; the others are one number. */
const brokenDown: ReadonlySet<string> = new Set<ReportMetric>([
  'consultations.channel', 'consultations.field', 'consultations.issue',
  'assessment.field', 'assessment.issueIds', 'assessment.employment', 'assessment.housing',
  'meetings.held', 'meetings.cases', 'register.places',
]);

/** Known metrics only, in report order; a single-number metric with no row shows as 0. */
export const reportRows = (figures: readonly ReportFigure[]): ReportRow[] =>
  reportMetrics.flatMap((metric) => {
    const rows = figures.filter((f) => f.metric === metric).sort((a, b) => a.key.localeCompare(b.key));
    const shown = rows.length > 0 || brokenDown.has(metric) ? rows : [{ metric, key: '', value: 0 }];
    return shown.map((f) => ({ ...f, metricLabel: reportMetricLabels[metric], keyLabel: reportKeyLabel(metric, f.key) }));
  });

/** The issue → field pairs the SQL uses to count a consultation once in each field its issues touch. */
export const issueFieldPairs = (): { issue: string; field: string }[] => issueCatalogue.flatMap((i) => i.fields.map((field) => ({ issue: i.id, field })));
