import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import { formatInteger } from '../../core/format/numbers';
import { rttChartConfig, type RttData } from './rtt-chart-config';
import { ChartBox } from './ChartBox';
import { useChart } from './useChart';
import './charts.css';

interface Props {
  rtt: RttData;
  print?: boolean;
}

/** Round-trip times over time: TCP ACK RTTs and ping replies of the displayed packets. */
export function RttChart({ rtt, print = false }: Props) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const labels = useMemo(
    () => ({
      tcp: t('qosCharts.rtt.tcp'),
      icmp: t('qosCharts.rtt.icmp'),
      peak: t('qosCharts.rtt.peak'),
      time: t('qosCharts.io.time'),
      rtt: t('qosCharts.rtt.axis'),
    }),
    [t],
  );
  const config = useMemo(() => rttChartConfig({ rtt, labels, locale, print }), [rtt, labels, locale, print]);
  const canvas = useChart(config);
  if (rtt.tcp.count + rtt.icmp.count === 0) return <p className="note">{t('qosCharts.rtt.none')}</p>;
  const caption = t('qosCharts.rtt.caption', { tcp: formatInteger(rtt.tcp.count, locale), icmp: formatInteger(rtt.icmp.count, locale) });
  return (
    <figure className={`chart rtt-chart${print ? ' print' : ''}`}>
      <ChartBox canvas={canvas} label={`${t('qosCharts.rtt.title')}. ${caption}`} title={t('qosCharts.rtt.title')} className="chart-box" print={print} />
      <figcaption className="note">{caption}</figcaption>
    </figure>
  );
}
