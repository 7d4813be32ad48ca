// Loading and failure states of every screen that reads from the API: the shared shell's (@kasane/ui).
export { Loading } from '@kasane/ui';
export { QueryFailure } from '@kasane/ui/shell';
