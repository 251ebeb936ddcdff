import { z } from 'zod';

// The report's charts as the report route drew them, pulled out of a browser (the app's hidden
// print window, or Chromium under `proxlab report`) so a standalone HTML file can carry them as
// images. The page is ours, but what comes back crosses from a renderer: checked here.

export const ReportFigureSchema = z.object({
  /** Which chart: "memory", "cpu", "timeline", "io-1", "rtt-1", "compare-throughput" … */
  figure: z.string().min(1).max(80),
  /** The chart's canvas as a PNG data: URL. */
  src: z.string().startsWith('data:image/png;base64,'),
  /** What the chart shows, in words (the canvas' accessible name). */
  alt: z.string(),
  /** The visible caption printed under the chart, if it has one. */
  caption: z.string().nullable(),
  /** CSS pixels the chart took on the page. */
  width: z.number().positive(),
  height: z.number().positive(),
});
export type ReportFigure = z.infer<typeof ReportFigureSchema>;

export const ReportFiguresSchema = z.array(ReportFigureSchema);
