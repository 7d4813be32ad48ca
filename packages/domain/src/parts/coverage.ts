import { z } from 'zod';
import { partIds, ZPartId } from './catalogue.js';
import type { PartId } from './catalogue.js';

export const ZDelivery = z.object({
  partId: ZPartId,
  mode: z.enum(['direct', 'entrusted']),
  organisationId: z.string().min(1).optional(),
});
export type Delivery = z.infer<typeof ZDelivery>;

export type PartCoverage = {
  readonly partId: PartId;
  readonly direct: boolean;
  readonly entrustedTo: readonly string[];
  readonly covered: boolean;
};

export type DeliveryCoverage = {
  readonly covered: readonly PartId[];
  readonly missing: readonly PartId[];
  readonly complete: boolean;
  readonly byPart: Readonly<Record<PartId, PartCoverage>>;
  /** Plain-Japanese remarks for the implementation plan screen. */
  readonly warnings: readonly string[];
};

export const deliveryCoverage = (deliveries: readonly Delivery[]): DeliveryCoverage => {
  const warnings: string[] = [];
  const direct = new Set<PartId>();
  const entrusted = new Map<PartId, string[]>();
  for (const d of deliveries) {
    if (d.mode === 'direct') {
      direct.add(d.partId);
    } else if (d.organisationId === undefined) {
      // 第106条の4第4項: 委託 is to a named body; an unnamed one cannot be counted.
      warnings.push(`${d.partId}: 委託先の機関が指定されていません。`);
    } else {
      const list = entrusted.get(d.partId) ?? [];
      if (!list.includes(d.organisationId)) list.push(d.organisationId);
      entrusted.set(d.partId, list);
    }
  }
  const delivered = (id: PartId): boolean => direct.has(id) || (entrusted.get(id)?.length ?? 0) > 0;
  const byPart = {} as Record<PartId, PartCoverage>;
  for (const id of partIds) {
    let covered = delivered(id);
    if (id === 'support_plan') {
      // 6号 is always carried out together with 5号 多機関協働 (SPEC §2): the plan is the coordinator's tool.
      covered = delivered('coordination');
      if (delivered('support_plan') && !delivered('coordination')) {
        warnings.push('支援プランの作成（6号）は多機関協働事業（5号）と一体で実施します。多機関協働事業の実施体制を登録してください。');
      }
    }
    // Direct and 委託 may coexist for one part (第106条の4第4項), so both are kept.
    byPart[id] = { partId: id, direct: direct.has(id), entrustedTo: entrusted.get(id) ?? [], covered };
  }
  const covered = partIds.filter((id) => byPart[id].covered);
  const missing = partIds.filter((id) => !byPart[id].covered);
  return { covered, missing, complete: missing.length === 0, byPart, warnings };
};
