import { z } from 'zod';
import { fields } from '../parts/catalogue.js';
import type { Field } from '../parts/catalogue.js';

export const issueIds = [
  'household_finance',
  'work',
  'housework',
  'housing',
  'education',
  'health',
  'elderly_care',
  'dementia',
  'disability',
  'childrearing',
  'domestic_violence',
  'abuse_child',
  'abuse_elderly',
  'abuse_disability',
  'family_relations',
  'social_isolation',
  'neighbour_trouble',
  'hikikomori',
  'self_neglect',
  'double_care',
  'young_carer',
  'eight_fifty',
  'hoarding',
  'gap_needs',
  'public_assistance',
  'rights_advocacy',
  'foreign_national',
] as const;
export const ZIssueId = z.enum(issueIds);
export type IssueId = z.infer<typeof ZIssueId>;

export type IssueDefinition = {
  readonly id: IssueId;
  readonly label: string;
  /** The systems (介護/障害/子ども/困窮) it touches; 'new' = no existing system is responsible (狭間). */
  readonly fields: readonly Field[];
  /** Complex by definition, whatever else is recorded (see isComplex). */
  readonly intrinsicallyComplex: boolean;
};

const issue = (id: IssueId, label: string, issueFields: readonly Field[], intrinsicallyComplex = false): IssueDefinition => ({
  id,
  label,
  fields: issueFields,
  intrinsicallyComplex,
});

// Labels from seed 004's list of cases for 多機関協働 (「家計、仕事、家事、住まい、子どもの教育や進学、心身の健康、
// 親族の介護・認知症、ＤＶ…」「社会的孤立、近隣トラブル、家族間の関係、ひきこもり…」), seeds 000/001/003 and SPEC §3.2.
export const issueCatalogue: readonly IssueDefinition[] = [
  issue('household_finance', '家計', ['poverty']),
  issue('work', '仕事', ['poverty']),
  issue('housework', '家事', ['new']),
  // 居住支援 sits with 生活困窮者自立支援 (seed 001 ※2 「見守り等居住支援」).
  issue('housing', '住まい', ['poverty']),
  issue('education', '教育・進学', ['child']),
  issue('health', '心身の健康', ['disability']),
  issue('elderly_care', '介護', ['elderly']),
  issue('dementia', '認知症', ['elderly']),
  issue('disability', '障害', ['disability']),
  issue('childrearing', '子育て', ['child']),
  // DV (配偶者からの暴力) has its own system outside the four fields.
  issue('domestic_violence', 'DV', ['new']),
  // 虐待 is handled by each field's own law, so it is recorded by who is harmed.
  issue('abuse_child', '虐待（子ども）', ['child']),
  issue('abuse_elderly', '虐待（高齢者）', ['elderly']),
  issue('abuse_disability', '虐待（障害者）', ['disability']),
  issue('family_relations', '家族間の関係', ['new']),
  issue('social_isolation', '社会的孤立', ['new']),
  issue('neighbour_trouble', '近隣トラブル', ['new']),
  // Seed 001 ※1: 「世帯全体としては経済的困窮の状態にないが、子がひきこもり」 — the textbook 狭間.
  issue('hikikomori', 'ひきこもり', ['new']),
  issue('self_neglect', 'セルフネグレクト', ['new']),
  // Seeds 000/004 define 複雑化・複合化 as 「一つの世帯に複数の課題（8050世帯や、介護と育児のダブルケアなど）」
  // and 「世帯全体が孤立している状態（ごみ屋敷など）」: these are complex by definition, even recorded alone.
  issue('double_care', 'ダブルケア', ['elderly', 'child'], true),
  // Seed 004: 「親や祖父母の介護を子どもが行うヤングケアラー」 — the child's needs and the cared-for person's needs sit in two systems.
  issue('young_carer', 'ヤングケアラー', ['child', 'elderly'], true),
  issue('eight_fifty', '8050', ['elderly', 'new'], true),
  issue('hoarding', 'ごみ屋敷', ['new'], true),
  issue('gap_needs', '狭間のニーズ', ['new']),
  issue('public_assistance', '生活保護', ['poverty']),
  issue('rights_advocacy', '権利擁護・成年後見', ['new']),
  // Seed 003 (松本市 多文化共生).
  issue('foreign_national', '外国籍・多文化', ['new']),
];

const byId = new Map<IssueId, IssueDefinition>(issueCatalogue.map((i) => [i.id, i]));

export const getIssue = (id: IssueId): IssueDefinition => {
  const found = byId.get(id);
  /* c8 ignore next */
  if (found === undefined) throw new Error(`unknown issue ${id}`);
  return found;
};

/** The distinct fields touched by a set of issues, in catalogue order. */
export const fieldsOf = (ids: readonly IssueId[]): readonly Field[] => {
  const touched = new Set<Field>(ids.flatMap((id) => getIssue(id).fields));
  return fields.filter((f) => touched.has(f));
};

/**
 * 複合 (SPEC §3.2 triage to 多機関協働): the issues touch two or more fields — no single system can hold
 * them (seed 001: 「単独の支援機関では対応が難しい複雑化・複合化した事例」) — or one of them is complex by definition.
 */
export const isComplex = (ids: readonly IssueId[]): boolean =>
  fieldsOf(ids).length >= 2 || ids.some((id) => getIssue(id).intrinsicallyComplex);
