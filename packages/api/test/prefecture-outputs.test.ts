// Issue #11: aggregates only for the prefecture. Every prefecture procedure declares an output schema, and
// no schema can carry a field that identifies a person — walked through objects, arrays, unions and
// optionals; an open shape (record, any, unknown) fails too, since it could carry anything.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appRouter } from '../src/root.js';

const personFields = new Set([
  'familyName', 'givenName', 'familyNameKana', 'givenNameKana', 'nameKanaKey', 'nameKey', 'personName', 'birthDate', 'birthYear',
  'personId', 'personIds', 'householdId', 'caseId', 'consultationId', 'subjectId', 'address', 'summary', 'minutes', 'message', 'loginId', 'userId',
]);

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[]; in?: z.ZodType; out?: z.ZodType };

/** Paths in the schema that name a person field or accept an open shape. */
function problems(schema: z.ZodType, path: string): string[] {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([k, v]) => (personFields.has(k) ? [`${path}.${k}`] : problems(v, `${path}.${k}`)));
    case 'array':
      return def.element ? problems(def.element, `${path}[]`) : [];
    case 'nullable':
    case 'optional':
    case 'default':
    case 'readonly':
      return def.innerType ? problems(def.innerType, path) : [];
    case 'union':
      return (def.options ?? []).flatMap((o, i) => problems(o, `${path}|${i}`));
    case 'pipe':
      return [...(def.in ? problems(def.in, path) : []), ...(def.out ? problems(def.out, path) : [])];
    case 'string': case 'number': case 'boolean': case 'date': case 'enum': case 'literal': case 'null': case 'bigint':
      return [];
    default:
      return [`${path} (${def.type}: open shape)`];
  }
}

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { output?: z.ZodType } }>).filter(([path]) => path.startsWith('prefecture.'));

describe('prefecture outputs carry aggregates only', () => {
  it('has the procedures to check', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(12);
  });
  it.each(procedures.map(([path, p]) => [path, p]))('%s declares an output schema with no person field', (_path, p) => {
    const outputs = p._def.output ? [p._def.output] : [];
    expect(outputs.length).toBeGreaterThan(0);
    expect(outputs.flatMap((o) => problems(o, 'output'))).toEqual([]);
  });
  it('would catch a person field and an open shape', () => {
    expect(problems(z.object({ rows: z.array(z.object({ personId: z.string() })) }), 'o')).toEqual(['o.rows[].personId']);
    expect(problems(z.object({ extra: z.record(z.string(), z.unknown()) }), 'o')).toEqual(['o.extra (record: open shape)']);
  });
});
