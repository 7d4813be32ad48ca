import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, PageHeading, Table } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import './casework.css';

const kinds = ['consultation', 'outreach', 'meeting', 'plan', 'referral', 'progress', 'case'] as const;
type Kind = (typeof kinds)[number];

interface Item {
  id: string;
  kindLabel: string;
  atWareki: string;
  title: string;
  detail: string | null;
  organisation: string;
  versions?: { version: number; content: string; writtenBy: string; writtenAtWareki: string }[] | undefined;
}

function KindFilter({ chosen, onChange }: { chosen: Kind[]; onChange: (next: Kind[]) => void }) {
  const { t } = useTranslation('staff');
  return (
    <fieldset className="casework-kinds no-print">
      <legend>{t('casework.kinds')}</legend>
      {kinds.map((k) => (
        <label key={k}>
          <input type="checkbox" checked={chosen.includes(k)} onChange={(e) => onChange(e.target.checked ? [...chosen, k] : chosen.filter((x) => x !== k))} /> {t(`casework.kindLabels.${k}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** 経過一覧 (FORMS.md): one line per event, 和暦 dates, printable on A4 with the old text of corrections. */
function TimelineTable({ items }: { items: Item[] }) {
  const { t } = useTranslation('staff');
  return (
    <Table
      caption={t('casework.timelineTitle')}
      rows={items}
      rowKey={(i) => i.id}
      empty={t('casework.empty')}
      columns={[
        { key: 'at', header: t('casework.at'), cell: (i) => <span className="casework-nowrap">{i.atWareki}</span>, rowHeader: true },
        { key: 'kind', header: t('casework.kind'), cell: (i) => <span className="casework-nowrap">{i.kindLabel}</span> },
        {
          key: 'what',
          header: t('casework.what'),
          cell: (i) => (
            <>
              <strong>{i.title}</strong>
              {i.detail ? <p className="casework-text">{i.detail}</p> : null}
              {i.versions && i.versions.length > 1 ? (
                <ul className="casework-versions">
                  {i.versions.slice(1).map((v) => (
                    <li key={v.version}>
                      {t('casework.version', { version: v.version })}：<s>{v.content}</s>（{t('casework.writtenBy', { name: v.writtenBy, at: v.writtenAtWareki })}）
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ),
        },
        { key: 'org', header: t('casework.organisation'), cell: (i) => i.organisation },
      ]}
    />
  );
}

function TimelineView({ title, query }: { title: string; query: { isPending: boolean; isError: boolean; error: unknown; data?: { items: Item[] } | undefined; refetch: () => unknown } }) {
  const { t } = useTranslation('staff');
  const heading = (
    <PageHeading title={title} appName={t('appName')}>
      {title}
    </PageHeading>
  );
  if (query.isPending) return <>{heading}<Loading /></>;
  if (query.isError || !query.data) return <>{heading}<QueryFailure error={query.error} onRetry={() => void query.refetch()} /></>;
  return (
    <div className="casework-print">
      {heading}
      <p className="casework-confidential">{t('casework.printNote')}</p>
      <TimelineTable items={query.data.items} />
    </div>
  );
}

/** The filter, the print button and the table: one screen for a case's and a person's timeline. */
function TimelineScreen({ chosen, onChange, query }: { chosen: Kind[]; onChange: (kinds: Kind[]) => void; query: Parameters<typeof TimelineView>[0]['query'] }) {
  const { t } = useTranslation('staff');
  return (
    <>
      <KindFilter chosen={chosen} onChange={onChange} />
      <Button variant="secondary" className="no-print" onClick={() => window.print()}>
        {t('casework.print')}
      </Button>
      <TimelineView title={t('casework.timelineTitle')} query={query} />
    </>
  );
}

export function CaseTimelinePage() {
  const trpc = useTrpc();
  const { caseId } = useParams({ from: '/authed/cases/$caseId/timeline' });
  const [chosen, setChosen] = useState<Kind[]>([...kinds]);
  const query = useQuery(trpc.staff.caseRecord.timeline.queryOptions({ caseId, kinds: chosen }));
  return <TimelineScreen chosen={chosen} onChange={setChosen} query={query} />;
}

export function PersonTimelinePage() {
  const trpc = useTrpc();
  const { personId } = useParams({ from: '/authed/persons/$personId/timeline' });
  const [chosen, setChosen] = useState<Kind[]>([...kinds]);
  const query = useQuery(trpc.staff.caseRecord.personTimeline.queryOptions({ personId, kinds: chosen }));
  return <TimelineScreen chosen={chosen} onChange={setChosen} query={query} />;
}
