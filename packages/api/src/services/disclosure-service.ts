// C11 開示記録 and the own-record export for a 個人情報保護法 disclosure request (第76条以下).
import { listDisclosuresOfPerson, listOrganisations, loadPersonExport } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { accessBasisLabels, disclosedRecordLabel, formatWareki, purposeLabels } from '@kasane/domain';
import type { AccessBasisKind, Purpose } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { apiError } from '../errors.js';
import { accessPerson } from './access/person-access.js';
import { identityOrigin } from './access/own-record.js';
import { auditAs } from './audit-as.js';
import { ownRecordDocument } from './disclosure/own-record-document.js';

const basisLabel = (kind: string): string => accessBasisLabels[kind as AccessBasisKind] ?? kind;

async function readAccess(tx: Tx, actor: StaffActor, personId: string, recordType: string, now: Date) {
  const origin = await identityOrigin(tx, actor, personId);
  return accessPerson(tx, actor, { personId, action: 'read', purpose: actor.role === 'auditor' ? 'audit' : 'support', recordType, now, ...(origin ? { origin } : {}) });
}

/** What of this person went to which organisation, when and on which basis (newest first). */
export async function listDisclosures(tx: Tx, actor: StaffActor, input: { personId: string; page: number; pageSize: number }, now: Date) {
  await readAccess(tx, actor, input.personId, 'DisclosureLedger', now);
  const [page, organisations] = await Promise.all([
    listDisclosuresOfPerson(tx, actor.municipalityCode, input.personId, { skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
    listOrganisations(tx, actor.municipalityCode),
  ]);
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? '（不明な機関）';
  return {
    total: page.total,
    page: input.page,
    pageSize: input.pageSize,
    items: page.items.map((e) => ({
      id: e.id,
      disclosedAt: e.disclosedAt,
      disclosedAtWareki: formatWareki(e.disclosedAt),
      recipient: orgName(e.recipientOrganisationId),
      recipientOrganisationId: e.recipientOrganisationId,
      recordType: e.recordType,
      recordTypeLabel: disclosedRecordLabel(e.recordType),
      purpose: purposeLabels[e.purpose as Purpose] ?? e.purpose,
      legalBasis: e.legalBasis,
      legalBasisLabel: basisLabel(e.legalBasis),
      basisRef: e.basisRef,
    })),
  };
}

/**
 * Everything held on one person, for answering their own disclosure request. Only the municipality's
 * administrator or auditor ('disclosure.export') may produce it, on a basis the policy accepts; the export itself is audited.
 */
export async function exportPerson(tx: Tx, actor: StaffActor, personId: string, now: Date) {
  const basis = await readAccess(tx, actor, personId, 'PersonExport', now);
  const data = await loadPersonExport(tx, actor.municipalityCode, personId);
  if (!data) throw apiError('NOT_FOUND');
  await auditAs(tx, actor, {
    action: 'export',
    recordType: 'PersonExport',
    recordId: personId,
    legalBasis: basis.kind,
    basisRef: '個人情報の保護に関する法律第76条（開示請求）',
  });
  const organisations = new Map((await listOrganisations(tx, actor.municipalityCode)).map((o) => [o.id, o.name]));
  const document = await ownRecordDocument(tx, actor, data, (id) => (id ? (organisations.get(id) ?? '（不明な機関）') : ''));
  return {
    personId,
    generatedAtWareki: formatWareki(now),
    basisLabel: basisLabel(basis.kind),
    municipalityName: document.municipalityName,
    document: { title: document.title, sections: document.sections },
  };
}
