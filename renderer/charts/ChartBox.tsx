import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Failure } from '../../core/contract/failure';
import { proxlab } from '../api';
import { useFailureText } from '../i18n/failure-text';
import { chartFileName, chartPngBase64 } from './chart-image';
import './charts.css';

interface Props {
  canvas: RefObject<HTMLCanvasElement | null>;
  /** The chart's accessible description; its title also names the saved file. */
  label: string;
  /** File name without extension; the label when not given. */
  title?: string;
  className: string;
  testId?: string;
  /** Printed charts have no buttons. */
  print?: boolean;
  /** The ground the chart is drawn on, for the image. */
  background?: string;
}

/** A save that failed keeps main's Failure, worded in the language shown when it is drawn. */
type Notice = { kind: 'ok' | 'problem'; text: string } | { kind: 'problem'; failure: Failure } | null;

/** Copy and Save as PNG for one chart: the buttons under it and the canvas's context menu. */
function useChartExport(canvas: Props['canvas'], title: string, background: string) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice>(null);
  const png = () => chartPngBase64(canvas.current!, background);
  const copy = async () => {
    try {
      await proxlab().invoke('clipboard.writeImage', { png: png() });
      setNotice({ kind: 'ok', text: t('chartExport.copied') });
    } catch (error) {
      setNotice({ kind: 'problem', text: t('chartExport.failed', { problem: error instanceof Error ? error.message : String(error) }) });
    }
  };
  const save = async () => {
    const saved = await proxlab().invoke('image.save', { suggestedName: chartFileName(title), png: png() });
    if (saved.path) setNotice({ kind: 'ok', text: t('chartExport.saved', { path: saved.path }) });
    else if (saved.problem) setNotice({ kind: 'problem', failure: saved.problem });
  };
  return { notice, copy, save };
}

function ContextMenu({ at, onCopy, onSave, onClose }: { at: { x: number; y: number }; onCopy(): void; onSave(): void; onClose(): void }) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const away = (e: Event) => {
      if (!menu.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [onClose]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = Array.from(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(index + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  };
  const run = (action: () => void) => () => {
    onClose();
    action();
  };
  return (
    <div
      ref={menu}
      className="chart-menu"
      role="menu"
      aria-label={t('chartExport.menu')}
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
      onBlur={(e) => !menu.current?.contains(e.relatedTarget as Node) && onClose()}
    >
      <button type="button" role="menuitem" onClick={run(onCopy)}>
        {t('chartExport.copy')}
      </button>
      <button type="button" role="menuitem" onClick={run(onSave)}>
        {t('chartExport.save')}
      </button>
    </div>
  );
}

/** One chart's canvas in its box, with Copy and Save as PNG (buttons and context menu) on screen. */
export function ChartBox({ canvas, label, title = label, className, testId, print = false, background = '#ffffff' }: Props) {
  const { t } = useTranslation();
  const { notice, copy, save } = useChartExport(canvas, title, background);
  const failureText = useFailureText();
  const noticeText = notice && ('failure' in notice ? failureText(notice.failure) : notice.text);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  const box = (
    <div
      className={className}
      data-testid={testId}
      onContextMenu={
        print
          ? undefined
          : (e) => {
              e.preventDefault();
              setMenuAt({ x: e.clientX, y: e.clientY });
            }
      }
    >
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
  if (print) return box;
  return (
    <div className="chart-frame">
      {box}
      <div className="chart-tools">
        {notice && (
          <span className={`chart-notice ${notice.kind}`} role="status" title={noticeText ?? undefined}>
            {noticeText}
          </span>
        )}
        <button type="button" onClick={() => void copy()} title={t('chartExport.copyTitle')}>
          {t('chartExport.copy')}
        </button>
        <button type="button" onClick={() => void save()} title={t('chartExport.saveTitle')}>
          {t('chartExport.save')}
        </button>
      </div>
      {menuAt && <ContextMenu at={menuAt} onCopy={() => void copy()} onSave={() => void save()} onClose={() => setMenuAt(null)} />}
    </div>
  );
}
