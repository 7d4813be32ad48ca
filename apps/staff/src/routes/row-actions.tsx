// Row actions of the staff registers: 「編集」 and 「削除」 with an inline confirmation. Each button
// names its row for screen readers (「編集（居場所の名前）」), so a table of rows stays unambiguous.
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@kasane/ui';

export function DeleteButton({ name, question, busy, onConfirm }: { name: string; question: string; busy?: boolean; onConfirm: () => void }) {
  const { t } = useTranslation('staff');
  const [asking, setAsking] = useState(false);
  const wrap = useRef<HTMLSpanElement>(null);
  const moveFocus = useRef(false);
  // A layout effect moves focus in the same commit that shows the question, so an Enter pressed
  // right after the question appears lands on 「削除する」 rather than on the button just replaced.
  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    wrap.current?.querySelector('button')?.focus();
  }, [asking]);
  const focusFirstButton = () => {
    moveFocus.current = true;
  };
  if (!asking) {
    return (
      <span ref={wrap}>
        <Button
          size="small"
          variant="secondary"
          onClick={() => {
            setAsking(true);
            focusFirstButton();
          }}
        >
          {t('places.delete')}
          <span className="kasane-visually-hidden">（{name}）</span>
        </Button>
      </span>
    );
  }
  return (
    <span ref={wrap} role="group" aria-label={question} className="staff-actions">
      <span>{question}</span>
      <Button size="small" busy={busy ?? false} onClick={onConfirm}>
        {t('places.deleteNow')}
        <span className="kasane-visually-hidden">（{name}）</span>
      </Button>
      <Button
        size="small"
        variant="secondary"
        onClick={() => {
          setAsking(false);
          focusFirstButton();
        }}
      >
        {t('places.cancel')}
      </Button>
    </span>
  );
}

/** 「編集」 and 「削除」 for one row; `editButtonId` lets the page put focus back on 「編集」 after the editor closes. */
export function RowActions({ name, editButtonId, onEdit, question, busy, onDelete }: { name: string; editButtonId?: string; onEdit: () => void; question: string; busy: boolean; onDelete: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <span className="staff-actions">
      <Button id={editButtonId} size="small" variant="secondary" onClick={onEdit}>
        {t('places.edit')}
        <span className="kasane-visually-hidden">（{name}）</span>
      </Button>
      <DeleteButton name={name} question={question} busy={busy} onConfirm={onDelete} />
    </span>
  );
}
