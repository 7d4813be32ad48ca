import { appendAudit, asSystem, municipalitiesUsingKasane } from '@kasane/db';
import type { Database } from '@kasane/db';
import { loadMunicipalityIndex, parseHsdsImport, writePlaces, writeWindows } from './hsds-import-service.js';
import type { ImportRowError } from './hsds-import-service.js';
import type { SourceAttribution } from './hsds-read.js';

// `pnpm kasane directory:import FILE` (ADR 0020, 0029): an operator loads a national HSDS file of 相談窓口
// and of places with their activities (each record by its own kind) into every municipality's
// directory, in one transaction (the file is read and checked before it opens). Entries of a
// municipality that uses Kasane stay unpublished until its staff publish them; elsewhere they are
// published as national data, with the source and its credit shown beside each one.

export interface NationalImportResult {
  rows: number;
  /** services written: windows and activities */
  inserted: number;
  updated: number;
  places: { inserted: number; updated: number };
  municipalities: number;
  published: number;
  refused: number;
  errors: ImportRowError[];
  milliseconds: number;
}

export async function importNationalDirectory(
  db: Database,
  input: { format: 'json' | 'csv'; content: string; source?: SourceAttribution; validOnly: boolean },
  now: Date,
): Promise<NationalImportResult> {
  const started = Date.now();
  // the file is read and checked before the write transaction opens
  const parsed = parseHsdsImport({ ...input, target: 'by-kind' }, now, 'national', await asSystem(db, loadMunicipalityIndex));
  const base = { rows: parsed.rows, refused: parsed.errors.length, errors: parsed.errors.slice(0, 200) };
  if (parsed.errors.length && !input.validOnly) return { ...base, inserted: 0, updated: 0, places: { inserted: 0, updated: 0 }, municipalities: 0, published: 0, milliseconds: Date.now() - started };
  return asSystem(
    db,
    async (tx) => {
      const usingKasane = await municipalitiesUsingKasane(tx);
      const services = [...parsed.windows, ...parsed.activities];
      const municipalities = new Set([...services, ...parsed.places].map((r) => r.municipalityCode));
      const publishCodes = new Set([...municipalities].filter((c) => !usingKasane.has(c)));
      const w = await writeWindows(tx, parsed.windows, publishCodes);
      const d = await writePlaces(tx, parsed.places, parsed.activities, publishCodes);
      const written = { inserted: w.inserted + d.activities, updated: w.updated + d.activitiesUpdated, places: { inserted: d.places, updated: d.placesUpdated }, municipalities: municipalities.size };
      const published = services.filter((r) => publishCodes.has(r.municipalityCode)).length;
      await appendAudit(tx, {
        actorUserId: null, actorRole: 'admin_tool', actorOrganisationId: null, municipalityCode: null, action: 'write', recordType: 'DirectoryImport', recordId: 'national',
        legalBasis: 'administration', basisRef: `rows=${parsed.rows};inserted=${written.inserted};updated=${written.updated};places=${d.places + d.placesUpdated};municipalities=${written.municipalities};refused=${parsed.errors.length}`,
      });
      return { ...base, ...written, published, milliseconds: Date.now() - started };
    },
    { timeout: 10 * 60_000 },
  );
}
