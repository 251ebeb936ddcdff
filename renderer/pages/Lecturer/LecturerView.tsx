import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LecturerDemo } from '../../../electron/contract/lecturer';
import { proxlab } from '../../api';
import { LiveNodeChart } from '../../charts/LiveNodeChart';
import type { LiveSample } from '../../charts/live-node-config';
import { formatBinaryBytes, formatFixed } from '../../../core/format/numbers';
import { useLanguage } from '../../i18n/useLanguage';
import type { PveTarget } from '../Connect/ConnectPage';
import { useNodeWatch } from '../Node/useNodeWatch';
import { demoFrame } from './demo-playback';
import './lecturer.css';

const WINDOW_SECONDS = 120;
const LIVE_INTERVAL_MS = 2000;

interface Shown {
  node: string;
  samples: LiveSample[];
  guests: Array<{ key: string; name: string; running: boolean }>;
  /** What is being shown: the live node, or the replay with its current step. */
  source: string;
}

function useLiveShown(target: PveTarget): Shown | null {
  const { t } = useTranslation();
  const watch = useNodeWatch(target.profileId, target.node, LIVE_INTERVAL_MS, false, WINDOW_SECONDS);
  if (!watch.snapshot) return null;
  return {
    node: target.node,
    samples: watch.history,
    guests: watch.snapshot.guests.filter((g) => !g.template).map((g) => ({ key: String(g.vmid), name: `${g.vmid} · ${g.name}`, running: g.status === 'running' })),
    source: t('lecturer.live', { profile: target.profileName }),
  };
}

function useDemoShown(): Shown | null {
  const { t } = useTranslation();
  const [demo, setDemo] = useState<LecturerDemo | null>(null);
  const [second, setSecond] = useState(0);
  useEffect(() => {
    void proxlab().invoke('lecturer.demo', undefined).then(setDemo);
    const timer = setInterval(() => setSecond((s) => s + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!demo || demo.steps.length === 0) return null;
  const frame = demoFrame(demo.steps, second, WINDOW_SECONDS);
  return {
    node: demo.node ?? 'pve',
    samples: frame.samples,
    guests: demo.guests.map((g) => ({ key: g.name, name: g.vmid === null ? g.name : `${g.vmid} · ${g.name}`, running: frame.step.running.includes(g.name) })),
    source: t('lecturer.demo', { step: frame.step.label, n: frame.index + 1, count: demo.steps.length }),
  };
}

function Presentation({ shown, onClose }: { shown: Shown | null; onClose(): void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const close = useRef<HTMLButtonElement>(null);
  const labels = useMemo(() => ({ memory: t('nodePage.live.memory'), cpu: t('nodePage.live.cpu'), time: t('nodePage.live.time') }), [t]);
  useEffect(() => close.current?.focus(), []);
  useEffect(() => {
    // Escape leaves full screen first (the browser does that itself), then the view.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !document.fullscreenElement) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const latest = shown?.samples.at(-1);
  const fullScreen = () => void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined);

  return (
    <div className="lecturer" role="dialog" aria-modal="true" aria-labelledby="lecturer-title">
      <header className="lecturer-head">
        <h1 id="lecturer-title">{t('lecturer.title', { node: shown?.node ?? '…' })}</h1>
        <p className="lecturer-source">{shown ? shown.source : t('lecturer.waiting')}</p>
        <div className="lecturer-actions">
          <button type="button" onClick={fullScreen}>
            {t('lecturer.fullScreen')}
          </button>
          <button type="button" ref={close} onClick={onClose}>
            {t('lecturer.close')}
          </button>
        </div>
      </header>
      {latest && (
        <div className="lecturer-figures">
          <p className="figure memory" data-testid="lecturer-memory">
            <span className="figure-label">{t('lecturer.memory')}</span>
            <span className="figure-value">{formatBinaryBytes(latest.memUsed, locale)}</span>
            <span className="figure-of">{t('lecturer.memoryOf', { total: formatBinaryBytes(latest.memTotal, locale), percent: formatFixed((latest.memUsed / latest.memTotal) * 100, 1, locale) })}</span>
          </p>
          <p className="figure cpu" data-testid="lecturer-cpu">
            <span className="figure-label">{t('lecturer.cpu')}</span>
            <span className="figure-value">{`${formatFixed(latest.cpu * 100, 2, locale)} %`}</span>
          </p>
        </div>
      )}
      <div className="lecturer-body">
        <section className="lecturer-chart" aria-label={t('lecturer.chart')}>
          {shown && <LiveNodeChart samples={shown.samples} label={t('lecturer.chart')} locale={locale} labels={labels} windowSeconds={WINDOW_SECONDS} />}
        </section>
        <section className="lecturer-guests" aria-labelledby="lecturer-guests-title">
          <h2 id="lecturer-guests-title">{t('lecturer.guests')}</h2>
          <ul>
            {shown?.guests.map((g) => (
              <li key={g.key} data-guest={g.key} className={g.running ? 'running' : 'stopped'}>
                <span className="guest-name">{g.name}</span>
                <span className="guest-state">{g.running ? t('lecturer.running') : t('lecturer.stopped')}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <p className="lecturer-hint">{t('lecturer.hint')}</p>
    </div>
  );
}

function LivePresentation({ target, onClose }: { target: PveTarget; onClose(): void }) {
  return <Presentation shown={useLiveShown(target)} onClose={onClose} />;
}

function DemoPresentation({ onClose }: { onClose(): void }) {
  return <Presentation shown={useDemoShown()} onClose={onClose} />;
}

/** The projector view: the connected node live, or without a connection the demo's steps replayed. */
export function LecturerView({ target, onClose }: { target: PveTarget | null; onClose(): void }) {
  return target ? <LivePresentation target={target} onClose={onClose} /> : <DemoPresentation onClose={onClose} />;
}
