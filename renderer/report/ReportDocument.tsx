import { useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { LabReportModel } from '../../core/report/model';
import { reportI18n } from './language';
import { generatedConclusion } from './conclusion';
import type { ReportLanguage } from './text';
import { IdentitySection } from './sections/IdentitySection';
import { EnvironmentSection } from './sections/EnvironmentSection';
import { Scenario1Section } from './sections/Scenario1Section';
import { ServiceSection } from './sections/ServiceSection';
import { ComparisonSection } from './sections/ComparisonSection';
import { MethodSection } from './sections/MethodSection';
import { ConclusionSection } from './sections/ConclusionSection';

/** The student's conclusion split into paragraphs, or the generated one. */
export function conclusionParagraphs(model: LabReportModel, lang: ReportLanguage): { paragraphs: string[]; generated: boolean } {
  if (model.conclusion !== null && model.conclusion.trim()) return { paragraphs: model.conclusion.split(/\n\s*\n/), generated: false };
  return { paragraphs: generatedConclusion(model, lang), generated: true };
}

/**
 * The whole report. `charts`: "draw" in a browser (the app, the print window, page.pdf);
 * "describe" where nothing can draw (the HTML file rendered in Node), which says where each
 * chart would stand and what it would show, or the image a browser drew of it. `chartsDescribed`:
 * some chart is described rather than drawn, which the report says once, near its start.
 * Charts translate through their own i18next instance in the report's language, which may
 * differ from the app's.
 */
export function ReportDocument({
  model,
  lang,
  charts = 'draw',
  chartsDescribed = false,
}: {
  model: LabReportModel;
  lang: ReportLanguage;
  charts?: 'draw' | 'describe';
  chartsDescribed?: boolean;
}) {
  const { t } = lang;
  const chartsI18n = useMemo(() => reportI18n(lang.language), [lang.language]);
  const draw = charts === 'draw';
  const conclusion = conclusionParagraphs(model, lang);
  const illustrative = model.provenance.illustrative.map((key) => t(`report.illustrativeItem.${key}`, { defaultValue: key }));
  return (
    <I18nextProvider i18n={chartsI18n}>
      <article className="report" lang={lang.language}>
        <header className="report-title">
          <p className="kicker">{t('report.documentTitle')}</p>
          <h1>{model.identity.title || t('report.documentTitle')}</h1>
          {model.identity.course && <p className="course">{model.identity.course}</p>}
          {model.identity.institution && <p className="institution">{model.identity.institution}</p>}
        </header>
        {model.demo && (
          <p className="demo-banner" role="note">
            {t('report.demoBanner')}
          </p>
        )}
        {chartsDescribed && (
          <p className="charts-described" role="note">
            {t('report.charts.described')}
          </p>
        )}
        {((!model.demo && model.provenance.source) || illustrative.length > 0) && (
          <div className="provenance">
            {!model.demo && model.provenance.source && <p>{t('report.provenance', { source: model.provenance.source })}</p>}
            {illustrative.length > 0 && <p>{t('report.illustrative', { items: illustrative.join(', ') })}</p>}
          </div>
        )}
        <IdentitySection model={model} lang={lang} />
        <EnvironmentSection model={model} lang={lang} />
        <Scenario1Section model={model} draw={draw} lang={lang} />
        <section className="report-section" data-section="scenario2">
          <h2>{t('report.section.scenario2')}</h2>
          <p>{model.services.length ? t('report.s2.intro') : t('report.s2.noServices')}</p>
        </section>
        {model.services.map((service, i) => (
          <ServiceSection key={service.service} service={service} n={i + 1} draw={draw} lang={lang} />
        ))}
        {model.services.length > 1 && <ComparisonSection model={model} n={model.services.length + 1} draw={draw} lang={lang} />}
        <MethodSection model={model} lang={lang} />
        <ConclusionSection paragraphs={conclusion.paragraphs} generated={conclusion.generated} notes={model.notes} lang={lang} />
      </article>
    </I18nextProvider>
  );
}
