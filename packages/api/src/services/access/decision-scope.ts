// What the access policy allowed in the current request. Every path that decides (accessPerson,
// recordPersonsRead, the audited reads of residents' portal requests) notes its subjects here; the
// output guard (personal-output-guard.ts) refuses to return personal data of anyone not noted.
// AsyncLocalStorage keeps this structural: services need not pass it along, and a procedure cannot
// return personal data by forgetting to ask.
import { AsyncLocalStorage } from 'node:async_hooks';

export class DecisionScope {
  /** persons the policy allowed in this request (any basis, read or write) */
  readonly persons = new Set<string>();
  /** other personal records read on an audited ground (e.g. residents' portal requests) */
  readonly records = new Set<string>();
}

const storage = new AsyncLocalStorage<DecisionScope>();

export function runInDecisionScope<T>(scope: DecisionScope, work: () => Promise<T>): Promise<T> {
  return storage.run(scope, work);
}

export function noteAllowedPersons(personIds: Iterable<string>): void {
  const scope = storage.getStore();
  if (scope) for (const id of personIds) scope.persons.add(id);
}

export function noteAuditedRecords(recordIds: Iterable<string>): void {
  const scope = storage.getStore();
  if (scope) for (const id of recordIds) scope.records.add(id);
}

export function currentDecisionScope(): DecisionScope | undefined {
  return storage.getStore();
}
