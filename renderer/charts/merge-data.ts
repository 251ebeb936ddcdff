import type { ChartData } from 'chart.js';

// chart.js keeps what the viewer did to a series (hidden from the legend, the hovered point)
// on the dataset object itself, so new data is copied into the datasets the chart already
// holds instead of handing it new ones.

type Data = ChartData<never, unknown[], unknown>;
type Dataset = Data['datasets'][number];

function replaceFields(target: Dataset, source: Dataset): void {
  const into = target as unknown as Record<string, unknown>;
  for (const key of Object.keys(into)) if (!(key in source)) delete into[key];
  Object.assign(into, source);
}

/** Makes `current` show `next` while keeping each dataset at the same position the same object. */
export function mergeChartData(current: Data, next: Data): void {
  if (next.labels) current.labels = next.labels;
  else delete current.labels;
  const datasets = current.datasets;
  next.datasets.forEach((dataset, index) => {
    if (index < datasets.length) replaceFields(datasets[index], dataset);
    else datasets.push(dataset);
  });
  datasets.length = next.datasets.length;
}
