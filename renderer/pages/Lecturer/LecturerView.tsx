import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LecturerDemo } from '../../../core/contract/lecturer';
import { proxlab } from '../../api';
import { LecturerChart } from '../../charts/LecturerChart';
import type { LecturerMarker } from '../../charts/lecturer-chart-config';
import type { LiveSample } from '../../charts/live-node-config';
import { formatBinaryBytes } from '../../../core/format/numbers';
import { formatPercent } from '../../../core/format/percent';
import { useLanguage } from '../../i18n/useLanguage';
import type { PveTarget } from '../Connect/ConnectPage';
import { useNodeSamples } from '../Node/useNodeWatch';
import { demoFrame } from './demo-playback';
import { stepLabel } from '../../format/step-label';
import { memoryAdded } from './memory-added';
import { useDialogFocus } from './useDialogFocus';
import './lecturer.css';

/** As far back as the Node page's live chart reaches, so the view opens with all it holds. */
const WINDOW_SECONDS = 300;

interface Shown {
  node: string;
  samples: readonly LiveSample[];
  markers: readonly LecturerMarker[];
  guests: Array<{ key: string; vmid: number | null; name: string; running: boolean }>;
  /** What is being shown: the live node, or the replay with its current step. */
  source: string;
}

function useLiveShown(target: PveTarget): Shown | null {
  const { t } = useTranslation();
  const watch = useNodeSamples(target.profileId, target.node, WINDOW_SECONDS);
  const markers = useMemo(() => watch.events.map((e) => ({ time: e.time, label: e.name, kind: e.kind })), [watch.events]);
  if (!watch.snapshot) return null;
  return {
    node: target.node,
    samples: watch.history,
    markers,
    guests: watch.snapshot.guests.filter((g) => !g.template).map((g) => ({ key: String(g.vmid), vmid: g.vmid, name: g.name, running: g.status === 'running' })),
    source: t('lecturer.live', { profile: target.profileName }),
  };
}

function useDemoShown(paused: boolean): Shown | null {
  const { t } = useTranslation();
  const [demo, setDemo] = useState<LecturerDemo | null>(null);
  const [second, setSecond] = useState(0);
  useEffect(() => {
    void proxlab().invoke('lecturer.demo', undefined).then(setDemo);
  }, []);
  useEffect(() => {
    if (paused) return;
    const timer = setInterval(() => setSecond((s) => s + 1), 1000);
    return () => clearInterval(timer);
  }, [paused]);
  if (!demo || demo.steps.length === 0) return null;
  const frame = demoFrame(demo.steps, second, WINDOW_SECONDS);
  return {
    node: demo.node ?? 'pve',
    samples: frame.samples,
    markers: frame.markers,
    guests: demo.guests.map((g) => ({ key: g.name, vmid: g.vmid, name: g.name, running: frame.step.running.includes(g.name) })),
    source: t('lecturer.demo', { step: stepLabel(frame.step.label, t), n: frame.index + 1, count: demo.steps.length }),
  };
}

/** While paused, the figures as they stood at the pause, so the class can talk over one picture. */
function useHeld(live: Shown | null, paused: boolean): Shown | null {
  const held = useRef<Shown | null>(null);
  if (!paused || !held.current) held.current = live;
  return held.current;
}

const fullScreen = () => void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined);

function Figures({ shown }: { shown: Shown }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const latest = shown.samples.at(-1);
  if (!latest) return null;
  const added = memoryAdded(shown.samples, shown.markers);
  return (
    <div className="lecturer-figures">
      <p className="figure memory" data-testid="lecturer-memory">
        <span className="figure-label">{t('lecturer.memory')}</span>
        <span className="figure-value">{formatBinaryBytes(latest.memUsed, locale)}</span>
        <span className="figure-of">
          {t('lecturer.memoryOf', {
            total: formatBinaryBytes(latest.memTotal, locale),
            percent: formatPercent((latest.memUsed / latest.memTotal) * 100, 1, locale),
          })}
        </span>
      </p>
      <p className="figure added" data-testid="lecturer-added">
        <span className="figure-label">{t('lecturer.added')}</span>
        {added ? (
          <>
            <span className="figure-value">{`${added.bytes < 0 ? '−' : '+'}${formatBinaryBytes(Math.abs(added.bytes), locale)}`}</span>
            <span className="figure-of">{t('lecturer.addedSince', { guest: added.since })}</span>
          </>
        ) : (
          <span className="figure-of">{t('lecturer.noStart')}</span>
        )}
      </p>
      <p className="figure cpu" data-testid="lecturer-cpu">
        <span className="figure-label">{t('lecturer.cpu')}</span>
        <span className="figure-value">{formatPercent(latest.cpu * 100, 1, locale)}</span>
      </p>
    </div>
  );
}

function Presentation({ shown: live, paused, onPause, onClose }: { shown: Shown | null; paused: boolean; onPause(): void; onClose(): void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const shown = useHeld(live, paused);
  const labels = useMemo(() => ({ memory: t('nodePage.live.memory'), cpu: t('nodePage.live.cpu'), time: t('nodePage.live.time') }), [t]);
  useDialogFocus(dialog, close);

  useEffect(() => {
    // Space pauses wherever focus is, even on a button (Close has it first): only fields and the
    // chart's menu keep their own Space. A button acts on Space's keyup, so that is held back too.
    const spaceIsPause = (e: KeyboardEvent) =>
      e.key === ' ' && !(e.target instanceof HTMLElement && e.target.closest('select, input, textarea, [role="menu"]'));
    const holdSpace = (e: KeyboardEvent) => {
      if (spaceIsPause(e)) e.preventDefault();
    };
    const onKey = (e: KeyboardEvent) => {
      // Escape leaves full screen first (the browser does that itself), then the view.
      if (e.key === 'Escape' && !document.fullscreenElement) onClose();
      else if (e.key === 'F11' || ((e.key === 'f' || e.key === 'F') && !e.ctrlKey && !e.metaKey && !e.altKey)) {
        e.preventDefault();
        fullScreen();
      } else if (spaceIsPause(e)) {
        e.preventDefault();
        if (!e.repeat) onPause();
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', holdSpace);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', holdSpace);
    };
  }, [onClose, onPause]);

  return (
    <div ref={dialog} className={`lecturer${paused ? ' paused' : ''}`} role="dialog" aria-modal="true" aria-labelledby="lecturer-title">
      <header className="lecturer-head">
        <h1 id="lecturer-title">{t('lecturer.title', { node: shown?.node ?? '…' })}</h1>
        <p className="lecturer-source">{shown ? shown.source : t('lecturer.waiting')}</p>
        <div className="lecturer-actions">
          <button type="button" onClick={onPause} aria-pressed={paused}>
            {paused ? t('lecturer.resume') : t('lecturer.pause')}
          </button>
          <button type="button" onClick={fullScreen}>
            {t('lecturer.fullScreen')}
          </button>
          <button type="button" ref={close} onClick={onClose}>
            {t('lecturer.close')}
          </button>
        </div>
      </header>
      {shown && <Figures shown={shown} />}
      <div className="lecturer-body">
        <section className="lecturer-chart" aria-label={t('lecturer.chart')}>
          {paused && (
            <p className="lecturer-paused" role="status">
              {t('lecturer.paused')}
            </p>
          )}
          {shown && (
            <LecturerChart
              samples={shown.samples}
              markers={shown.markers}
              label={t('lecturer.chart')}
              locale={locale}
              labels={labels}
              windowSeconds={WINDOW_SECONDS}
            />
          )}
        </section>
        <section className="lecturer-guests" aria-labelledby="lecturer-guests-title">
          <h2 id="lecturer-guests-title">{t('lecturer.guests')}</h2>
          <ul>
            {shown?.guests.map((g) => (
              <li key={g.key} data-guest={g.key} className={g.running ? 'running' : 'stopped'}>
                <span className="guest-name" title={g.name}>
                  {g.vmid !== null && <span className="guest-id">{g.vmid}</span>}
                  {g.name}
                </span>
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

function usePaused(): [boolean, () => void] {
  const [paused, setPaused] = useState(false);
  return [paused, useCallback(() => setPaused((p) => !p), [])];
}

function LivePresentation({ target, onClose }: { target: PveTarget; onClose(): void }) {
  const [paused, togglePause] = usePaused();
  return <Presentation shown={useLiveShown(target)} paused={paused} onPause={togglePause} onClose={onClose} />;
}

function DemoPresentation({ onClose }: { onClose(): void }) {
  const [paused, togglePause] = usePaused();
  return <Presentation shown={useDemoShown(paused)} paused={paused} onPause={togglePause} onClose={onClose} />;
}

/** The projector view: the connected node live, or without a connection the demo's steps replayed. */
export function LecturerView({ target, onClose }: { target: PveTarget | null; onClose(): void }) {
  return target ? <LivePresentation target={target} onClose={onClose} /> : <DemoPresentation onClose={onClose} />;
}
