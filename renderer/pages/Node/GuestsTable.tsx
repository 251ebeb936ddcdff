import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuestView, NodeSnapshotView } from '../../../core/contract/proxmox';
import { formatBinaryBytes } from '../../../core/format/numbers';
import { formatPercentFixed } from '../../../core/format/percent';
import { formatElapsed } from '../../../core/format/elapsed';
import { FailureMessage } from '../Connect/FailureMessage';
import { PowerConfirm, type PowerAction } from './PowerConfirm';
import { useGuestTasks, type GuestTask } from './useGuestTasks';
import { ActionButton } from '../../shell/ActionButton';

const ACTIONS: PowerAction[] = ['start', 'shutdown', 'stop'];

function allowed(guest: GuestView, action: PowerAction): boolean {
  if (guest.template) return false;
  return action === 'start' ? guest.status !== 'running' : guest.status === 'running';
}

/** Why a power action cannot be asked of a guest as it is now (a reason key), or null when it can. */
function whyNotKey(guest: GuestView, action: PowerAction): string | null {
  if (guest.template) return 'blocked.template';
  if (allowed(guest, action)) return null;
  return action === 'start' ? 'blocked.guestRunning' : 'blocked.guestStopped';
}

function TaskRow({ task, columns, onDismiss }: { task: GuestTask; columns: number; onDismiss(): void }) {
  const { t } = useTranslation();
  const seconds = Math.floor((Date.now() - task.startedAt) / 1000);
  const action = t(`nodePage.power.${task.action}.verb`);
  return (
    <tr className="task-row" data-task-vmid={task.vmid}>
      <td colSpan={columns}>
        {task.phase !== 'done' && (
          <p className="task-progress" role="status">
            <span className="spinner" aria-hidden="true" />
            {task.phase === 'requested'
              ? t('nodePage.task.requested', { action })
              : task.phase === 'waiting'
                ? t('nodePage.task.waiting', { action, seconds })
                : t('nodePage.task.running', { action, seconds })}
            {task.upid && <code className="upid">{task.upid}</code>}
          </p>
        )}
        {task.phase === 'done' && task.outcome?.ok && task.outcome.ha?.reached !== false && (
          <p className="notice" role="status">
            {task.outcome.ha
              ? t('nodePage.task.okHa', { action, state: t(`nodePage.guests.states.${task.outcome.ha.wanted}`) })
              : t('nodePage.task.ok', { action, status: task.outcome.exitStatus })}{' '}
            <button type="button" className="quiet" onClick={onDismiss}>
              {t('nodePage.task.dismiss')}
            </button>
          </p>
        )}
        {task.phase === 'done' && task.outcome?.ha?.reached === false && (
          <div className="message error" role="alert">
            <strong>{t('nodePage.task.haNotReached', { action, state: t(`nodePage.guests.states.${task.outcome.ha.wanted}`), seconds })}</strong>
            <button type="button" onClick={onDismiss}>
              {t('nodePage.task.dismiss')}
            </button>
          </div>
        )}
        {task.phase === 'done' && task.outcome && !task.outcome.ok && (
          <div className="message error" role="alert">
            <strong>{t('nodePage.task.failed', { action, status: task.outcome.exitStatus })}</strong>
            <p>{t('nodePage.task.logTitle')}</p>
            <pre className="task-log">{task.outcome.log.join('\n')}</pre>
            <button type="button" onClick={onDismiss}>
              {t('nodePage.task.dismiss')}
            </button>
          </div>
        )}
        {task.phase === 'done' && task.failure && (
          <FailureMessage failure={task.failure} title={t('nodePage.task.refused', { action })}>
            <button type="button" onClick={onDismiss}>
              {t('nodePage.task.dismiss')}
            </button>
          </FailureMessage>
        )}
      </td>
    </tr>
  );
}

/** The node's VMs and containers with their figures and power actions. */
export function GuestsTable({
  guests,
  hostMemMeaning,
  profileId,
  node,
  locale,
}: {
  guests: GuestView[];
  hostMemMeaning: NodeSnapshotView['hostMemMeaning'];
  profileId: string;
  node: string;
  locale: string;
}) {
  const { t } = useTranslation();
  const whyNot = (guest: GuestView, action: PowerAction) => {
    const key = whyNotKey(guest, action);
    return key ? { why: t(key) } : null;
  };
  const { tasks, start, dismiss } = useGuestTasks(profileId, node);
  const memoryOf = (used: number | null, g: GuestView) =>
    g.status === 'running' && used !== null && g.maxmem
      ? t('nodePage.guests.memoryValue', { used: formatBinaryBytes(used, locale), total: formatBinaryBytes(g.maxmem, locale) })
      : g.maxmem
        ? t('nodePage.guests.memoryStopped', { total: formatBinaryBytes(g.maxmem, locale) })
        : '–';
  const [asking, setAsking] = useState<{ guest: GuestView; action: PowerAction } | null>(null);
  const columns = 10;
  return (
    <>
      <table className="data-table guests-table">
        <thead>
          <tr>
            <th scope="col">{t('nodePage.guests.id')}</th>
            <th scope="col">{t('nodePage.guests.name')}</th>
            <th scope="col">{t('nodePage.guests.type')}</th>
            <th scope="col">{t('nodePage.guests.status')}</th>
            <th scope="col" className="number">
              {t('nodePage.guests.vcpus')}
            </th>
            <th scope="col" className="number">
              {t('nodePage.guests.cpu')}
            </th>
            <th scope="col" className="number" title={t('nodePage.guests.memoryTitle')}>
              {t('nodePage.guests.memory')}
            </th>
            <th scope="col" className="number" title={t('nodePage.guests.memoryHostTitle')}>
              {t('nodePage.guests.memoryHost')}
            </th>
            <th scope="col" className="number">
              {t('nodePage.guests.uptime')}
            </th>
            <th scope="col">{t('nodePage.guests.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {guests.length === 0 && (
            <tr>
              <td colSpan={columns} className="hint">
                {t('nodePage.guests.none')}
              </td>
            </tr>
          )}
          {guests.map((g) => {
            const task = tasks[g.vmid];
            const busy = task !== undefined && task.phase !== 'done';
            const status = g.qmpStatus && g.qmpStatus !== g.status ? g.qmpStatus : g.status;
            return (
              <Fragment key={g.vmid}>
                <tr data-vmid={g.vmid} data-status={g.status}>
                  <td>{g.vmid}</td>
                  <th scope="row">{g.name}</th>
                  <td>{t(g.type === 'qemu' ? 'nodePage.guests.vm' : 'nodePage.guests.ct')}</td>
                  <td>
                    <span className={`status status-${g.status}`}>{t(`nodePage.guests.states.${status}`, { defaultValue: status })}</span>
                    {g.haManaged && (
                      <span className="ha-badge" title={t('nodePage.guests.haTitle', { state: g.haState ?? '?' })}>
                        {t('nodePage.guests.ha')}
                      </span>
                    )}
                  </td>
                  <td className="number">{g.cpus ?? '–'}</td>
                  <td className="number">{g.status === 'running' && g.cpu !== null ? formatPercentFixed(g.cpu, locale) : '–'}</td>
                  <td className="number" data-cell="memory">
                    {memoryOf(g.guestMem, g)}
                  </td>
                  <td className="number" data-cell="memory-host">
                    {g.status === 'running' && g.mem !== null ? formatBinaryBytes(g.mem, locale) : '–'}
                  </td>
                  <td className="number">
                    {g.status === 'running' && g.uptime ? formatElapsed(g.uptime, (days) => t('nodePage.days', { count: days })) : '–'}
                  </td>
                  <td className="actions">
                    {ACTIONS.map((action) => (
                      <ActionButton
                        key={action}
                        type="button"
                        blocked={busy ? { why: t('blocked.guestTask') } : whyNot(g, action)}
                        onClick={() => setAsking({ guest: g, action })}
                        aria-label={t(`nodePage.power.${action}.label`, { name: g.name, vmid: g.vmid })}
                        title={t(`nodePage.power.${action}.help`)}
                      >
                        {t(`nodePage.power.${action}.button`)}
                      </ActionButton>
                    ))}
                  </td>
                </tr>
                {task && <TaskRow task={task} columns={columns} onDismiss={() => dismiss(g.vmid)} />}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <p className="hint memory-note">{t('nodePage.guests.memoryNote', { hostMeaning: t(`nodePage.guests.hostMeaning.${hostMemMeaning}`) })}</p>
      {asking && (
        <PowerConfirm
          guest={asking.guest}
          action={asking.action}
          node={node}
          onClose={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            void start(asking.guest.vmid, asking.action);
          }}
        />
      )}
    </>
  );
}
