import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import { formatInteger } from '../../core/format/numbers';
import { ioGraphConfig, ioGraphIsReduced, ioIntervalText, type IoData } from './io-graph-config';
import { ChartBox } from './ChartBox';
import { useChart } from './useChart';
import './charts.css';

interface Props {
  io: IoData;
  print?: boolean;
}

/** Bits/s and packets/s per interval of the displayed packets, as Wireshark's I/O graph. */
export function IoGraph({ io, print = false }: Props) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const labels = useMemo(
    () => ({ bits: t('qosCharts.io.bits'), packets: t('qosCharts.io.packets'), peak: t('qosCharts.io.peak'), time: t('qosCharts.io.time') }),
    [t],
  );
  const config = useMemo(() => ioGraphConfig({ io, labels, locale, print }), [io, labels, locale, print]);
  const canvas = useChart(config);
  const interval = ioIntervalText(io.intervalSeconds, locale);
  const caption = ioGraphIsReduced(io)
    ? t('qosCharts.io.captionReduced', { interval, count: io.count, n: formatInteger(io.count, locale), points: formatInteger(io.drawing.length, locale) })
    : t('qosCharts.io.caption', { interval, count: io.count, n: formatInteger(io.count, locale) });
  return (
    <figure className={`chart io-graph${print ? ' print' : ''}`}>
      <ChartBox canvas={canvas} label={`${t('qosCharts.io.title')}. ${caption}`} title={t('qosCharts.io.title')} className="chart-box" print={print} />
      <figcaption className="note">{caption}</figcaption>
    </figure>
  );
}
