import { formatDateTime } from '../../dates.js';

/** Free-text entries written before the structured records replaced them: listed, read only. */
export function OldEntries({ id, title, entries }: { id: string; title: string; entries: readonly { id: string; at: Date | string; by: string; text: string }[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={id} className="staff-section">
      <h3 id={id}>{title}</h3>
      <ul>
        {entries.map((e) => (
          <li key={e.id} className="forms-text">
            {formatDateTime(e.at)} {e.by}：{e.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
