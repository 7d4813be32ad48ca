import { useEffect, useState } from 'react';

/** The value after it has stopped changing for `ms` (so typing does not send a search per key). */
export function useDebounced<T>(value: T, ms: number): T {
  const key = JSON.stringify(value);
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = window.setTimeout(() => setDebounced(JSON.parse(key) as T), ms);
    return () => window.clearTimeout(id);
  }, [key, ms]);
  return debounced;
}
