import type { ReportModel } from '../../../electron/report/model';
import type { ReportLanguage } from '../text';

const FIELDS = ['studentName', 'studentNumber', 'className', 'course', 'lecturer', 'date'] as const;

export function IdentitySection({ model, lang: { t } }: { model: ReportModel; lang: ReportLanguage }) {
  return (
    <section className="report-section" data-section="identity">
      <h2>{t('report.section.identity')}</h2>
      <table className="identity">
        <tbody>
          {FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row">{t(`report.identity.${field}`)}</th>
              <td>{model.identity[field] || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
