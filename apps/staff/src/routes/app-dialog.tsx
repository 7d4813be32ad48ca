// The app's own modal dialog (issue #10: no browser confirm): a native <dialog> opened with showModal, so focus
// is trapped and Escape closes it; the title labels it for screen readers.
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

export function AppDialog({ open, title, onClose, children }: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="staff-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {open ? children : null}
    </dialog>
  );
}
