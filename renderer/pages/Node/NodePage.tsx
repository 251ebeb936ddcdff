import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterNode } from '../../../core/contract/proxmox';
import { proxlab } from '../../api';
import { LiveNodeChart } from '../../charts/LiveNodeChart';
import { liveSpan } from '../../charts/live-node-config';
import { formatClock } from '../../format/dates';
import { useLanguage } from '../../i18n/useLanguage';
import type { PveTarget } from '../Connect/ConnectPage';
import { FailureMessage } from '../Connect/FailureMessage';
import { GuestsTable } from './GuestsTable';
import { RrdPanel } from './RrdPanel';
import { SummaryPanel } from './SummaryPanel';
import { useNodeWatch } from './useNodeWatch';
import '../../styles/proxmox.css';

const INTERVALS_MS = [1000, 2000, 5000, 10_000, 30_000];
const WINDOW_SECONDS = 300;

function ClusterSwitcher({ profileId, node, onNodeChange }: { profileId: string; node: string; onNodeChange(node: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [nodes, setNodes] = useState<ClusterNode[]>([]);
  useEffect(() => {
    void proxlab()
      .invoke('proxmox.cluster', { profileId })
      .then((answer) => setNodes(answer.ok ? answer.value : []));
  }, [profileId]);
  if (nodes.length <= 1) return null;
  return (
    <div className="cluster-switcher">
      <label htmlFor={id}>{t('nodePage.cluster.label')}</label>
      <select id={id} value={node} onChange={(e) => onNodeChange(e.target.value)}>
        {nodes.map((n) => (
          <option key={n.node} value={n.node} disabled={n.status !== 'online'}>
            {n.status === 'online' ? n.node : t('nodePage.cluster.offlineOption', { node: n.node, status: t(`nodePage.cluster.states.${n.status}`) })}
          </option>
        ))}
      </select>
      <ul className="cluster-nodes" aria-label={t('nodePage.cluster.listLabel')}>
        {nodes.map((n) => (
          <li key={n.node} data-node={n.node} data-state={n.status} className={`node-state node-${n.status}`}>
            {n.node}: {t(`nodePage.cluster.states.${n.status}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Watching({ target, onNodeChange, onLecturer }: { target: PveTarget; onNodeChange(node: string): void; onLecturer(): void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const intervalId = useId();
  const [intervalMs, setIntervalMs] = useState(2000);
  const [userPaused, setUserPaused] = useState(false);
  const watch = useNodeWatch(target.profileId, target.node, intervalMs, userPaused, WINDOW_SECONDS);
  const labels = useMemo(() => ({ memory: t('nodePage.live.memory'), cpu: t('nodePage.live.cpu'), time: t('nodePage.live.time') }), [t]);
  const seconds = (ms: number) => new Intl.NumberFormat(locale).format(ms / 1000);
  // The note names the stretch the chart's time axis shows, which grows up to the window.
  const spanText = (s: number) => (s % 60 === 0 ? t('nodePage.live.minutes', { count: s / 60 }) : t('nodePage.live.seconds', { count: s }));

  return (
    <div className="page node-page">
      <div className="page-head node-head">
        <div>
          <h1>{t('nodePage.title', { node: target.node })}</h1>
          <p className="lead">{t('nodePage.lead', { profile: target.profileName })}</p>
        </div>
        <ClusterSwitcher profileId={target.profileId} node={target.node} onNodeChange={onNodeChange} />
      </div>
      <div className="toolbar">
        <label htmlFor={intervalId}>{t('nodePage.interval')}</label>
        <select id={intervalId} value={intervalMs} onChange={(e) => setIntervalMs(Number(e.target.value))}>
          {INTERVALS_MS.map((ms) => (
            <option key={ms} value={ms}>
              {t('nodePage.intervalOption', { seconds: seconds(ms) })}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => setUserPaused((p) => !p)} aria-pressed={userPaused}>
          {userPaused ? t('nodePage.resume') : t('nodePage.pause')}
        </button>
        <button type="button" onClick={onLecturer}>
          {t('lecturer.open')}
        </button>
        <span className="hint" role="status">
          {watch.paused
            ? watch.hidden && !userPaused
              ? t('nodePage.pausedHidden')
              : t('nodePage.paused')
            : watch.snapshot
              ? t('nodePage.updated', { time: formatClock(new Date(watch.snapshot.time), locale) })
              : t('nodePage.waiting')}
        </span>
      </div>
      {watch.error && <FailureMessage failure={watch.error} title={t('nodePage.pollFailed')} />}
      {watch.snapshot && (
        <div className="node-grid">
          <section className="panel" aria-labelledby="summary-title">
            <h2 id="summary-title">{t('nodePage.summary.title')}</h2>
            <SummaryPanel summary={watch.snapshot.summary} locale={locale} />
          </section>
          <section className="panel" aria-labelledby="live-title">
            <h2 id="live-title">{t('nodePage.live.title')}</h2>
            <LiveNodeChart samples={watch.history} label={t('nodePage.live.title')} locale={locale} labels={labels} windowSeconds={WINDOW_SECONDS} />
            <p className="hint">{t('nodePage.live.note', { count: watch.history.length, span: spanText(liveSpan(watch.history, WINDOW_SECONDS)) })}</p>
          </section>
        </div>
      )}
      {watch.snapshot && (
        <section className="panel" aria-labelledby="guests-title">
          <h2 id="guests-title">{t('nodePage.guests.title')}</h2>
          <GuestsTable
            guests={watch.snapshot.guests}
            hostMemMeaning={watch.snapshot.hostMemMeaning}
            profileId={target.profileId}
            node={target.node}
            locale={locale}
          />
        </section>
      )}
      <RrdPanel profileId={target.profileId} node={target.node} locale={locale} />
    </div>
  );
}

export function NodePage({
  target,
  onNodeChange,
  onConnect,
  onLecturer,
}: {
  target: PveTarget | null;
  onNodeChange(node: string): void;
  onConnect(): void;
  onLecturer(): void;
}) {
  const { t } = useTranslation();
  if (!target) {
    return (
      <div className="page node-page">
        <div className="page-head">
          <h1>{t('nodePage.titleEmpty')}</h1>
        </div>
        <div className="empty">
          <h2>{t('nodePage.notConnected')}</h2>
          <p>{t('nodePage.notConnectedBody')}</p>
          <p>
            <button type="button" className="primary" onClick={onConnect}>
              {t('nodePage.goConnect')}
            </button>{' '}
            <button type="button" onClick={onLecturer}>
              {t('lecturer.open')}
            </button>
          </p>
        </div>
      </div>
    );
  }
  return <Watching key={`${target.profileId}/${target.node}`} target={target} onNodeChange={onNodeChange} onLecturer={onLecturer} />;
}
