// The Open Referral HSDS 3.0 JSON schemas (test/fixtures/hsds-schema, from shared/data/hsds/schema)
// through ajv + ajv-formats: what an exported document breaks, record by record.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const schemaDir = fileURLToPath(new URL('../fixtures/hsds-schema/', import.meta.url));
const ajv = new Ajv({ strict: false, allErrors: true });
(addFormatsModule as unknown as (a: Ajv) => void)(ajv);
for (const f of readdirSync(schemaDir).filter((n) => n.endsWith('.json'))) ajv.addSchema(JSON.parse(readFileSync(`${schemaDir}${f}`, 'utf8')) as object, f);
const validator = (name: string): ValidateFunction => {
  const v = ajv.getSchema(`${name}.json`);
  if (!v) throw new Error(`no schema ${name}`);
  return v;
};

export type HsdsDoc = { services: Record<string, unknown>[] };

/** Every schema violation of the services, organizations, schedules, service_at_locations and locations, and any null. */
export function hsdsProblems(doc: HsdsDoc): string[] {
  const out: string[] = [];
  const check = (name: string, value: unknown, where: string) => {
    const v = validator(name);
    if (!v(value)) out.push(`${where} ${name}: ${ajv.errorsText(v.errors)}`);
  };
  for (const s of doc.services) {
    const where = String(s.name);
    check('service', s, where);
    check('organization', s.organization, where);
    for (const sch of (s.schedules as unknown[]) ?? []) check('schedule', sch, where);
    for (const sal of (s.service_at_locations as Record<string, unknown>[]) ?? []) {
      check('service_at_location', sal, where);
      check('location', sal.location, where);
    }
    if (JSON.stringify(s).includes(':null')) out.push(`${where}: null`);
  }
  return out;
}
