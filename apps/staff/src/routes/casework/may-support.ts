import { useQuery } from '@tanstack/react-query';
import { useTrpc } from '../../api.js';

/**
 * Whether the forms of the case record are offered: the roles that take intakes (the 'intake' area,
 * from the permission table) are those holding household.edit and coordination.work — an auditor or a
 * 民生委員 reads only. The API decides in any case.
 */
export function useMaySupport(): boolean {
  const trpc = useTrpc();
  const session = useQuery(trpc.auth.session.queryOptions());
  return session.data?.staffAreas.includes('intake') ?? false;
}
