import { z } from 'zod';

// 社会福祉法第106条の4第2項 の各号 (SPEC §2, seeds 000/001).
export const partIds = [
  'consult.elderly',
  'consult.disability',
  'consult.child',
  'consult.poverty',
  'participation',
  'community.elderly_prevention',
  'community.elderly_livelihood',
  'community.disability',
  'community.child',
  'community.poverty',
  'outreach',
  'coordination',
  'support_plan',
] as const;

export const ZPartId = z.enum(partIds);
export type PartId = z.infer<typeof ZPartId>;

export const fields = ['elderly', 'disability', 'child', 'poverty', 'new'] as const;
export const ZField = z.enum(fields);
export type Field = z.infer<typeof ZField>;
export const fieldLabels: Readonly<Record<Field, string>> = {
  elderly: '介護',
  disability: '障害',
  child: '子ども',
  poverty: '困窮',
  new: '新',
};

export const pillars = ['consultation', 'participation', 'community'] as const;
export const ZPillar = z.enum(pillars);
export type Pillar = z.infer<typeof ZPillar>;
export const pillarLabels: Readonly<Record<Pillar, string>> = {
  consultation: '相談支援',
  participation: '参加支援',
  community: '地域づくり',
};

export type PartDefinition = {
  readonly id: PartId;
  /** 第2項の号 (1〜6). */
  readonly item: 1 | 2 | 3 | 4 | 5 | 6;
  /** イ・ロ・ハ・ニ, or 柱書 for 3号's poverty part; absent when the 号 has no subdivision. */
  readonly subItem?: 'イ' | 'ロ' | 'ハ' | 'ニ' | '柱書';
  readonly name: string;
  readonly field: Field;
  readonly pillar: Pillar;
  /** The existing law the part comes from; undefined for the parts new in 2021. */
  readonly law?: string;
  readonly isNew: boolean;
  readonly note?: string;
};

export const partCatalogue: readonly PartDefinition[] = [
  { id: 'consult.elderly', item: 1, subItem: 'イ', name: '地域包括支援センターの運営', field: 'elderly', pillar: 'consultation', law: '介護保険法第115条の45第2項第1号〜第3号', isNew: false },
  { id: 'consult.disability', item: 1, subItem: 'ロ', name: '障害者相談支援事業', field: 'disability', pillar: 'consultation', law: '障害者総合支援法第77条第1項第3号', isNew: false },
  { id: 'consult.child', item: 1, subItem: 'ハ', name: '利用者支援事業', field: 'child', pillar: 'consultation', law: '子ども・子育て支援法第59条第1号', isNew: false },
  {
    id: 'consult.poverty', item: 1, subItem: 'ニ', name: '生活困窮者自立相談支援事業', field: 'poverty', pillar: 'consultation', law: '生活困窮者自立支援法第3条第2項', isNew: false,
    note: '福祉事務所未設置町村では、福祉事務所未設置町村による相談事業として実施します。',
  },
  { id: 'participation', item: 2, name: '参加支援事業', field: 'new', pillar: 'participation', isNew: true },
  { id: 'community.elderly_prevention', item: 3, subItem: 'イ', name: '地域介護予防活動支援事業', field: 'elderly', pillar: 'community', law: '介護保険法第115条の45第1項第2号', isNew: false, note: '一般介護予防事業の一部です。' },
  { id: 'community.elderly_livelihood', item: 3, subItem: 'ロ', name: '生活支援体制整備事業', field: 'elderly', pillar: 'community', law: '介護保険法第115条の45第2項第5号', isNew: false },
  { id: 'community.disability', item: 3, subItem: 'ハ', name: '地域活動支援センター事業', field: 'disability', pillar: 'community', law: '障害者総合支援法第77条第1項第9号', isNew: false },
  { id: 'community.child', item: 3, subItem: 'ニ', name: '地域子育て支援拠点事業', field: 'child', pillar: 'community', law: '子ども・子育て支援法第59条第9号', isNew: false },
  { id: 'community.poverty', item: 3, subItem: '柱書', name: '生活困窮者支援等のための地域づくり事業（共助の基盤づくり事業）', field: 'poverty', pillar: 'community', law: '交付要綱', isNew: false },
  { id: 'outreach', item: 4, name: 'アウトリーチ等を通じた継続的支援事業', field: 'new', pillar: 'consultation', isNew: true },
  { id: 'coordination', item: 5, name: '多機関協働事業', field: 'new', pillar: 'consultation', isNew: true },
  { id: 'support_plan', item: 6, name: '支援プランの作成', field: 'new', pillar: 'consultation', isNew: true, note: '多機関協働事業と一体で実施します。' },
];

const byId = new Map<PartId, PartDefinition>(partCatalogue.map((p) => [p.id, p]));

export const getPart = (id: PartId): PartDefinition => {
  const part = byId.get(id);
  /* c8 ignore next */
  if (part === undefined) throw new Error(`unknown part ${id}`);
  return part;
};

/** 「1号イ」「2号」「3号柱書」 */
export const partItemLabel = (part: PartDefinition): string => `${part.item}号${part.subItem ?? ''}`;

// 第106条の4第2項: a municipality that runs the project carries out every part (全て実施).
export const requiredParts = (): readonly PartDefinition[] => partCatalogue;
