// The last gate of every procedure: a response may carry a person-identifying field only for a
// subject the policy allowed in the same request (decision-scope.ts). The fields are named here, in
// one place; ADR 0016 explains the choice and its limits.
import type { DecisionScope } from './decision-scope.js';

/** Fields that identify a person wherever they appear. Their object's `personId` (or `id`) is the subject. */
const identifyingKeys = ['familyName', 'givenName', 'familyNameKana', 'givenNameKana', 'nameKanaKey', 'nameKey', 'birthDate', 'birthYear', 'personName'] as const;
/** Fields that identify a person when the object is about one (`personId` present). */
const contextualKeys = ['name', 'phone', 'address', 'district', 'contact'] as const;

type Json = Record<string, unknown>;

const present = (o: Json, key: string) => o[key] !== undefined && o[key] !== null && o[key] !== '';
const isPlainObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Map) && !(v instanceof Set);
const idOf = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function violationOf(o: Json, scope: DecisionScope): string | null {
  // Residents' portal requests: name, contact and message are personal; the read must have been audited.
  if (present(o, 'reference') && (present(o, 'name') || present(o, 'contact') || present(o, 'message'))) {
    const id = idOf(o.id);
    return id !== null && scope.records.has(id) ? null : 'portal request';
  }
  const strong = identifyingKeys.some((k) => present(o, k));
  const weak = present(o, 'personId') && contextualKeys.some((k) => present(o, k));
  if (strong || weak) {
    const subject = idOf(o.personId) ?? (strong ? idOf(o.id) : null);
    return subject !== null && scope.persons.has(subject) ? null : 'person';
  }
  // A household's address is personal: shown only beside a member the policy allowed.
  if (present(o, 'address') && Array.isArray(o.members)) {
    const memberIds = (o.members as unknown[]).flatMap((m) => (isPlainObject(m) && idOf(m.id) ? [m.id as string] : []));
    return memberIds.some((id) => scope.persons.has(id)) ? null : 'household';
  }
  return null;
}

/**
 * The paths (e.g. `items.3`) at which `output` carries personal data of a subject not allowed in this
 * request; empty when the response may leave. Paths only — never the values (they go to logs).
 */
export function undecidedPersonalData(output: unknown, scope: DecisionScope): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string, depth: number) => {
    if (depth > 32 || found.length >= 10) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, path ? `${path}.${i}` : String(i), depth + 1));
      return;
    }
    if (!isPlainObject(value)) return;
    const kind = violationOf(value, scope);
    if (kind !== null) found.push(`${path || '(root)'} (${kind})`);
    for (const [k, v] of Object.entries(value)) if (typeof v === 'object' && v !== null) walk(v, path ? `${path}.${k}` : k, depth + 1);
  };
  walk(output, '', 0);
  return found;
}
