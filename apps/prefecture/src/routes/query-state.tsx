// Loading and failure states of every screen that reads from the API: the shared shell's (@kasane/ui).
export { Loading, QueryFailure } from '@kasane/ui';
