import { dateRangeMessages, isSupportedInstant, publicTextMessages } from '@kasane/domain';
import { AppError } from '../errors.js';

// Every string and date a procedure receives passes here before its own schema: a NUL byte or a lone
// surrogate cannot be stored by PostgreSQL (22021, a 500 before this check), bidi overrides can
// disguise a name or a note (Trojan Source), and a Date before 1900 or after 2100 is a probe, not a
// record. One walk over the raw input covers every field of every procedure, so a new field cannot
// forget it (ADR 0013).

export type HostileProblem = 'nul' | 'lone_surrogate' | 'bidi' | 'date_range';

export interface HostileFinding {
  /** where in the input, e.g. `persons.0.familyName` (a key itself is reported by its position) */
  path: string;
  problem: HostileProblem;
}

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// With the u flag a valid pair is one code point, so only an unpaired half matches.
const LONE_SURROGATE = /\p{Cs}/u;
// Far beyond any form; stops a crafted payload from costing more than its parse did.
const MAX_NODES = 100_000;

export function textProblem(value: string): HostileProblem | null {
  if (value.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(value)) return 'lone_surrogate';
  if (BIDI_CONTROL.test(value)) return 'bidi';
  return null;
}

/** The first hostile string (value or key) or out-of-range Date in `input`, or null. */
export function findHostileInput(input: unknown, options: { bidiAllowedAt?: readonly string[] } = {}): HostileFinding | null {
  const bidiAllowed = new Set(options.bidiAllowedAt ?? []);
  const stack: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  for (let seen = 0; stack.length > 0 && seen < MAX_NODES; seen++) {
    const { value, path } = stack.pop() as { value: unknown; path: string[] };
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem && !(problem === 'bidi' && bidiAllowed.has(path.join('.')))) return { path: path.join('.'), problem };
    } else if (value instanceof Date) {
      if (!isSupportedInstant(value)) return { path: path.join('.'), problem: 'date_range' };
    } else if (value instanceof Map) {
      let i = 0;
      for (const [k, v] of value) {
        stack.push({ value: k, path: [...path, `[key ${i}]`] }, { value: v, path: [...path, String(i)] });
        i++;
      }
    } else if (value instanceof Set || Array.isArray(value)) {
      [...(value as Iterable<unknown>)].forEach((v, i) => stack.push({ value: v, path: [...path, String(i)] }));
    } else if (typeof value === 'object' && value !== null) {
      Object.entries(value).forEach(([k, v], i) => {
        const keyProblem = textProblem(k);
        if (keyProblem) stack.push({ value: k, path: [...path, `[key ${i}]`] });
        else stack.push({ value: v, path: [...path, k] });
      });
    }
  }
  return null;
}

// Said in the vocabulary of the domain's text check (checkPublicText), so the apps that already map
// `VALIDATION` with `details.field` and `details.problem` (the portal, in three languages) show it.
const asTextProblem = { nul: 'control', lone_surrogate: 'invisible', bidi: 'bidi' } as const;

export function hostileInputRefusal(finding: HostileFinding): AppError {
  if (finding.problem === 'date_range') return new AppError('BAD_REQUEST', 'VALIDATION', dateRangeMessages.instantRange, { field: finding.path, problem: 'date_range' });
  const problem = asTextProblem[finding.problem];
  return new AppError('BAD_REQUEST', 'VALIDATION', publicTextMessages[problem], { field: finding.path, problem, character: finding.problem });
}
