import { getMunicipality, getOrganisation, getPrefecture, listOrganisations, listPartDeliveries } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { partCatalogue, roleLabels } from '@kasane/domain';
import type { Role } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { apiError } from '../errors.js';

const partName = (id: string): string | undefined => partCatalogue.find((p) => p.id === id)?.name;

/** The signed-in worker's own organisation and municipality, with the 事業 parts it delivers. */
export async function getStaffHome(tx: Tx, actor: StaffActor) {
  const [organisation, municipality, deliveries] = await Promise.all([
    getOrganisation(tx, actor.municipalityCode, actor.organisationId),
    getMunicipality(tx, actor.municipalityCode),
    listPartDeliveries(tx, actor.municipalityCode),
  ]);
  if (!organisation || !municipality) throw apiError('NOT_FOUND');
  const prefecture = await getPrefecture(tx, municipality.prefectureCode);
  return {
    user: { id: actor.userId, displayName: actor.displayName, role: actor.role, roleLabel: roleLabels[actor.role as Role] ?? actor.role },
    organisation,
    municipality: { code: municipality.code, name: municipality.name, kana: municipality.kana, prefectureName: prefecture?.name ?? '' },
    parts: deliveries
      .filter((d) => d.organisationId === organisation.id)
      .map((d) => ({ partId: d.partId, mode: d.mode, name: partName(d.partId) ?? d.partId })),
  };
}

export async function listMunicipalOrganisations(tx: Tx, actor: StaffActor) {
  const [organisations, deliveries] = await Promise.all([listOrganisations(tx, actor.municipalityCode), listPartDeliveries(tx, actor.municipalityCode)]);
  return organisations.map((o) => ({
    ...o,
    parts: deliveries.filter((d) => d.organisationId === o.id).map((d) => ({ partId: d.partId, mode: d.mode, name: partName(d.partId) ?? d.partId })),
  }));
}
