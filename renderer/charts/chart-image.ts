// A chart as a PNG image at the size it is drawn, for slides and students' own reports. The
// canvas is transparent where nothing is drawn; the image gets the chart's own background, so
// dark text stays readable on a dark slide and the projector chart keeps its dark ground.

/** The canvas's pixels over `background`, as base64 PNG (no data: prefix). */
export function chartPngBase64(canvas: HTMLCanvasElement, background: string): string {
  const image = document.createElement('canvas');
  image.width = canvas.width;
  image.height = canvas.height;
  const context = image.getContext('2d');
  if (!context) throw new Error('no 2D context for the chart image');
  context.fillStyle = background;
  context.fillRect(0, 0, image.width, image.height);
  context.drawImage(canvas, 0, 0);
  return image.toDataURL('image/png').slice('data:image/png;base64,'.length);
}

/** A file name from the chart's title: characters Windows refuses in names become "-". */
export const chartFileName = (title: string): string =>
  `${
    title
      .replace(/[\\/:*?"<>|]+/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'chart'
  }.png`;
