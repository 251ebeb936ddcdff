import type { LabReportModel } from '../../../core/report/model';
import { formatCalendarDate } from '../../format/dates';
import type { ReportLanguage } from '../text';

const FIELDS = ['className', 'course', 'lecturer', 'institution', 'date'] as const;

/** Who did the lab, and for which course: every member of the group with their NIM. */
export function IdentitySection({ model, lang: { t, locale } }: { model: LabReportModel; lang: ReportLanguage }) {
  const { identity } = model;
  const students = identity.students.filter((s) => s.name.trim() || s.nim.trim());
  const value = (field: (typeof FIELDS)[number]) => (field === 'date' ? formatCalendarDate(identity.date, locale) : identity[field]);
  return (
    <section className="report-section" data-section="identity">
      <h2>{t('report.section.identity')}</h2>
      <table className="grid students">
        <caption>{t('report.identity.studentsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('report.identity.number')}
            </th>
            <th scope="col">{t('report.identity.studentName')}</th>
            <th scope="col">{t('report.identity.studentNumber')}</th>
          </tr>
        </thead>
        <tbody>
          {students.length === 0 ? (
            <tr>
              <td colSpan={3} className="missing">
                {t('report.identity.noStudents')}
              </td>
            </tr>
          ) : (
            students.map((student, i) => (
              <tr key={i}>
                <td className="num">{i + 1}</td>
                <td>{student.name.trim() || '—'}</td>
                <td>{student.nim.trim() || '—'}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <table className="identity">
        <tbody>
          {FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row">{t(`report.identity.${field}`)}</th>
              <td>{value(field) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
