// 個人情報保護法の開示請求: the person's own record as a readable document (print) and as CSV, third parties'
// rows shaded for the redaction decision. Producing it is audited by the API.
import { useMutation } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@kasane/ui';
import { documentToCsv } from '@kasane/domain';
import { useTrpc } from '../../api.js';
import { csvBlob, downloadBlob } from '../backoffice/kit.js';
import { ActionError } from '../coordination/form-kit.js';
import { Loading } from '../query-state.js';
import { PrintSheet } from './print-sheet.js';

export function OwnRecordPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const { personId } = useParams({ from: '/authed/persons/$personId/export' });
  const run = useMutation(trpc.staff.disclosure.exportPerson.mutationOptions());
  const { mutate } = run;
  useEffect(() => mutate({ personId }), [mutate, personId]);
  if (run.isError) return <ActionError error={run.error} />;
  if (!run.data) return <Loading />;
  const d = run.data;
  const csv = (
    <Button variant="secondary" onClick={() => downloadBlob(`${d.document.title}.csv`, csvBlob(documentToCsv(d.document), 'utf-8'))}>
      {t('ownRecord.csv')}
    </Button>
  );
  return (
    <PrintSheet title={d.document.title} header={{ municipalityName: d.municipalityName, printedAtWareki: d.generatedAtWareki, basisText: d.basisLabel }} actions={csv}>
      <p>{t('ownRecord.lead')}</p>
      {d.document.sections.map((s) => (
        <section key={s.title}>
          <h2>{s.title}</h2>
          {s.rows.length === 0 ? (
            <p>{t('ownRecord.none')}</p>
          ) : (
            <table className="forms-table">
              <thead>
                <tr>
                  {s.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                  <th scope="col">{t('ownRecord.thirdParty')}</th>
                </tr>
              </thead>
              <tbody>
                {s.rows.map((r, i) => (
                  <tr key={i} className={r.thirdParty ? 'forms-third-party' : undefined}>
                    {r.cells.map((c, j) => (
                      <td key={j}>{c}</td>
                    ))}
                    <td>{r.thirdParty ? t('ownRecord.thirdParty') : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </PrintSheet>
  );
}
