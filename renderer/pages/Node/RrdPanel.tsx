import type { Failure } from '../../../core/contract/failure';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RrdRowView } from '../../../core/contract/proxmox';
import { proxlab } from '../../api';
import { RrdChart } from '../../charts/RrdChart';
import type { RrdMetric, RrdTimeframe } from '../../charts/rrd-config';
import { FailureMessage } from '../Connect/FailureMessage';

const TIMEFRAMES: RrdTimeframe[] = ['hour', 'day', 'week'];
const METRICS: RrdMetric[] = ['cpu', 'load', 'memory', 'network'];

/** The node's RRD history: CPU, load, memory and network for an hour, a day or a week. */
export function RrdPanel({ profileId, node, locale }: { profileId: string; node: string; locale: string }) {
  const { t } = useTranslation();
  const [timeframe, setTimeframe] = useState<RrdTimeframe>('hour');
  const [cf, setCf] = useState<'AVERAGE' | 'MAX'>('AVERAGE');
  const [rows, setRows] = useState<RrdRowView[] | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let current = true;
    void proxlab()
      .invoke('proxmox.rrd', { profileId, node, timeframe, cf })
      .then((answer) => {
        if (!current) return;
        setRows(answer.ok ? answer.value : null);
        setFailure(answer.ok ? null : answer.error);
      });
    return () => {
      current = false;
    };
  }, [profileId, node, timeframe, cf, reload]);

  const labels = useMemo(
    () => Object.fromEntries(['cpu', 'iowait', 'loadavg', 'memused', 'memtotal', 'netin', 'netout'].map((c) => [c, t(`nodePage.rrd.columns.${c}`)])),
    [t],
  );

  return (
    <section className="panel rrd-panel" aria-labelledby="rrd-title">
      <div className="panel-head">
        <h2 id="rrd-title">{t('nodePage.rrd.title')}</h2>
        <label>
          {t('nodePage.rrd.timeframe')}{' '}
          <select value={timeframe} onChange={(e) => setTimeframe(e.target.value as RrdTimeframe)}>
            {TIMEFRAMES.map((tf) => (
              <option key={tf} value={tf}>
                {t(`nodePage.rrd.timeframes.${tf}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('nodePage.rrd.cf')}{' '}
          <select value={cf} onChange={(e) => setCf(e.target.value as 'AVERAGE' | 'MAX')}>
            <option value="AVERAGE">{t('nodePage.rrd.average')}</option>
            <option value="MAX">{t('nodePage.rrd.max')}</option>
          </select>
        </label>
        <button type="button" onClick={() => setReload((n) => n + 1)}>
          {t('nodePage.rrd.reload')}
        </button>
      </div>
      <p className="hint">{t('nodePage.rrd.note')}</p>
      {failure && <FailureMessage failure={failure} />}
      {rows && (
        <div className="rrd-grid">
          {METRICS.map((metric) => (
            <RrdChart
              key={metric}
              rows={rows}
              metric={metric}
              title={t(`nodePage.rrd.metrics.${metric}`)}
              locale={locale}
              timeframe={timeframe}
              labels={labels}
            />
          ))}
        </div>
      )}
    </section>
  );
}
