import { useContext, type ReactNode } from 'react';
import { ReportImagesContext } from '../figures';
import type { ReportLanguage } from '../text';
import { ChartPlaceholder } from './ChartPlaceholder';

interface Props {
  /** Names the chart across renderings: the drawn one hands its image to the HTML file under this name. */
  figure: string;
  draw: boolean;
  chart: ReactNode;
  /** For the placeholder: what the chart shows, in words. */
  description?: string;
  lang: ReportLanguage;
}

/**
 * One chart of the report: drawn in a browser; in the standalone HTML file the image a browser
 * drew of it, or, when none could, a placeholder that describes it.
 */
export function ReportChart({ figure, draw, chart, description, lang }: Props) {
  const images = useContext(ReportImagesContext);
  if (draw) {
    return (
      <div className="report-chart" data-figure={figure}>
        {chart}
      </div>
    );
  }
  const image = images?.get(figure);
  if (!image) return <ChartPlaceholder description={description} lang={lang} />;
  return (
    <figure className="report-chart report-chart-image" data-figure={figure}>
      <img src={image.src} alt={image.alt} width={image.width} height={image.height} />
      {image.caption && <figcaption className="note">{image.caption}</figcaption>}
    </figure>
  );
}
