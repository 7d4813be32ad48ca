import { appendAudit, asSystem, municipalitiesUsingKasane } from '@kasane/db';
import type { Database } from '@kasane/db';
import { loadMunicipalityIndex, parseHsdsImport, writeWindows } from './hsds-import-service.js';
import type { ImportRowError } from './hsds-import-service.js';
import type { SourceAttribution } from './hsds-read.js';

// `pnpm kasane directory:import FILE` (ADR 0020): an operator loads a national HSDS file of 相談窓口 into
// every municipality's directory, in one transaction (the file is read and checked before it opens). Windows of a municipality that uses Kasane stay
// unpublished until its staff publish them; elsewhere they are published as national data, with the
// source and its credit shown beside each one.

export interface NationalImportResult {
  rows: number;
  inserted: number;
  updated: number;
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
  const parsed = parseHsdsImport({ ...input, target: 'windows' }, now, 'national', await asSystem(db, loadMunicipalityIndex));
  const base = { rows: parsed.rows, refused: parsed.errors.length, errors: parsed.errors.slice(0, 200) };
  if (parsed.errors.length && !input.validOnly) return { ...base, inserted: 0, updated: 0, municipalities: 0, published: 0, milliseconds: Date.now() - started };
  return asSystem(
    db,
    async (tx) => {
      const usingKasane = await municipalitiesUsingKasane(tx);
      const publishCodes = new Set(parsed.windows.map((w) => w.municipalityCode).filter((c) => !usingKasane.has(c)));
      const written = await writeWindows(tx, parsed.windows, publishCodes);
      const published = parsed.windows.filter((w) => publishCodes.has(w.municipalityCode)).length;
      await appendAudit(tx, {
        actorUserId: null, actorRole: 'admin_tool', actorOrganisationId: null, municipalityCode: null, action: 'write', recordType: 'DirectoryImport', recordId: 'national',
        legalBasis: 'administration', basisRef: `rows=${parsed.rows};inserted=${written.inserted};updated=${written.updated};municipalities=${written.municipalities};refused=${parsed.errors.length}`,
      });
      return { ...base, ...written, published, milliseconds: Date.now() - started };
    },
    { timeout: 10 * 60_000 },
  );
}
