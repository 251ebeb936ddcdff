import type { ReportLanguage } from '../text';

/** The student's conclusion, or the generated one (marked as such) while they keep it. */
export function ConclusionSection({
  paragraphs,
  generated,
  notes,
  lang: { t },
}: {
  paragraphs: string[];
  generated: boolean;
  notes: string;
  lang: ReportLanguage;
}) {
  return (
    <section className="report-section" data-section="conclusion">
      <h2>{t('report.section.conclusion')}</h2>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {generated && <p className="note">{t('report.conclusion.generated')}</p>}
      {notes.trim() && <p className="notes">{notes}</p>}
    </section>
  );
}
