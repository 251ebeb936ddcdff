import type { Failure } from '../../../core/contract/failure';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lab } from '../../../core/session/lab';
import { fillLab, labDifferences, replaceLab, type LabDifference } from '../../../core/session/lab-fill';
import { proxlab } from '../../api';
import { useLanguage } from '../../i18n/useLanguage';
import { formatInteger } from '../../../core/format/numbers';
import { formatDisk, formatMemory, formatVolume } from '../../report/format';
import { OS_TYPES, osTypeName } from '../../report/os-type';
import type { PveTarget } from '../Connect/ConnectPage';
import { FailureMessage } from '../Connect/FailureMessage';
import { emptyGuest, labDraft, readLabDraft, type DraftField, type DraftProblem, type GuestDraft, type LabDraft, type NodeDraft } from './environment-draft';
import { ActionButton } from '../../shell/ActionButton';
import { useStatusText, type Status } from '../../i18n/failure-text';

const NODE_FIELDS: Array<{ field: keyof NodeDraft; label: string; wide?: boolean }> = [
  { field: 'name', label: 'name' },
  { field: 'cpuModel', label: 'cpuModel', wide: true },
  { field: 'sockets', label: 'sockets' },
  { field: 'coresPerSocket', label: 'coresPerSocket' },
  { field: 'cores', label: 'cores' },
  { field: 'memory', label: 'memoryBytes' },
  { field: 'disk', label: 'diskBytes' },
  { field: 'pveVersion', label: 'pveVersion' },
  { field: 'kernel', label: 'kernel' },
];

const emptyFields = (lab: Lab) => [lab.node, ...lab.guests].reduce((n, record) => n + Object.values(record).filter((v) => v === null).length, 0);

/**
 * The report's test environment, editable by hand for a lab without a connection, and filled
 * from the connected node on request. Values the student typed are replaced only when they
 * choose so after seeing what differs.
 */
export function EnvironmentForm({ lab, target, plannedGuests, onSaved }: { lab: Lab; target: PveTarget | null; plannedGuests: number[]; onSaved(): void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const ids = useId();
  const [draft, setDraft] = useState<LabDraft>(() => labDraft(lab, locale));
  const [problems, setProblems] = useState<Partial<Record<DraftField, DraftProblem>>>({});
  const [status, setStatus] = useState<Status>(null);
  const statusText = useStatusText();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const [offer, setOffer] = useState<{ current: Lab; measured: Lab; differences: LabDifference[] } | null>(null);
  const saved = JSON.stringify(lab);
  useEffect(() => setDraft(labDraft(JSON.parse(saved) as Lab, locale)), [saved, locale]);

  const read = readLabDraft(draft, locale);
  const dirty = 'lab' in read ? JSON.stringify(read.lab) !== saved : true;
  const fieldLabel = (key: string) => t(`report.envForm.field.${key}`);

  const save = async (next: Lab, done: string) => {
    setBusy(true);
    try {
      const outcome = await proxlab().invoke('session.update', { lab: next });
      if (outcome.problem) setStatus({ kind: 'error', failure: outcome.problem });
      else setStatus({ kind: 'info', text: done });
      onSaved();
    } catch (error) {
      setStatus({ kind: 'error', text: t('report.page.failed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const current = (): Lab | null => {
    if ('lab' in read) return read.lab;
    setProblems(read.problems);
    return null;
  };

  const submit = () => {
    const next = current();
    if (!next) return;
    setProblems({});
    void save(next, t('report.envForm.saved'));
  };

  const fill = async () => {
    if (!target) return;
    const here = current();
    if (!here) return;
    setFailure(null);
    setStatus({ kind: 'info', text: t('report.envForm.filling', { node: target.node }) });
    setBusy(true);
    const vmids = here.guests.flatMap((g) => (g.vmid === null ? [] : [g.vmid]));
    const answer = await proxlab().invoke('proxmox.environment', {
      profileId: target.profileId,
      node: target.node,
      guests: vmids.length ? vmids : plannedGuests,
    });
    setBusy(false);
    if (!answer.ok) {
      setStatus(null);
      setFailure(answer.error);
      return;
    }
    const differences = labDifferences(here, answer.value);
    if (differences.length) {
      setStatus(null);
      setOffer({ current: here, measured: answer.value, differences });
      return;
    }
    const next = fillLab(here, answer.value);
    const count = emptyFields(here) - emptyFields(next);
    await save(
      next,
      count > 0
        ? t('report.envForm.filled', { node: target.node, count: formatInteger(count, locale) })
        : t('report.envForm.nothingNew', { node: target.node }),
    );
  };

  const decide = (choice: 'replace' | 'keep' | 'cancel') => {
    const pending = offer;
    setOffer(null);
    if (!pending || choice === 'cancel' || !target) return;
    const next = choice === 'replace' ? replaceLab(pending.current, pending.measured) : fillLab(pending.current, pending.measured);
    void save(next, t('report.envForm.saved'));
  };

  const shown = (d: LabDifference, value: string | number) => {
    if (d.field === 'osType') return osTypeName(String(value), t);
    if (d.field === 'type') return t(`report.env.typeName.${value}`);
    if (typeof value === 'string') return value;
    if (d.field === 'memoryBytes') return formatMemory(value, locale);
    if (d.field === 'diskBytes') return d.guest === null ? formatDisk(value, locale) : formatVolume(value, locale);
    return formatInteger(value, locale);
  };

  const setNode = (field: keyof NodeDraft, value: string) =>
    setDraft((d) => ({ ...d, node: { ...d.node, [field]: field === 'memory' || field === 'disk' ? { ...d.node[field], text: value } : value } }));
  const setGuest = (key: number, patch: Partial<GuestDraft>) =>
    setDraft((d) => ({ ...d, guests: d.guests.map((g) => (g.key === key ? { ...g, ...patch } : g)) }));
  const invalid = (field: DraftField) => (problems[field] ? true : undefined);
  const problemList = Object.entries(problems).map(([field, problem]) => {
    const [, index, name] = /^guest\.(\d+)\.(\w+)$/.exec(field) ?? [null, null, field];
    const label = fieldLabel(name === 'memory' ? 'memoryBytes' : name === 'disk' ? (index === null ? 'diskBytes' : 'guestDiskBytes') : name);
    const where = index === null ? label : `${draft.guests[Number(index)]?.name || `#${Number(index) + 1}`}: ${label}`;
    return problem === 'name'
      ? t('report.envForm.nameRequired')
      : t(problem === 'size' ? 'report.envForm.invalidSize' : 'report.envForm.invalid', { field: where });
  });

  return (
    <section className="environment-form" aria-labelledby={`${ids}-title`} data-testid="environment-form">
      <div className="environment-head">
        <h2 id={`${ids}-title`}>{t('report.envForm.title')}</h2>
        {target ? (
          <ActionButton type="button" blocked={busy ? { why: t('blocked.busy') } : null} onClick={() => void fill()}>
            {t('report.envForm.fill', { node: target.node })}
          </ActionButton>
        ) : (
          <span className="note">{t('report.envForm.fillHint')}</span>
        )}
      </div>
      <p className="note">{t('report.envForm.intro')}</p>
      {failure && <FailureMessage failure={failure} />}
      {status && (
        <p className={`message ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {statusText(status)}
        </p>
      )}
      {offer && target && (
        <div className="message warning environment-offer" role="alertdialog" aria-labelledby={`${ids}-offer`}>
          <strong id={`${ids}-offer`}>{t('report.envForm.differTitle', { node: target.node })}</strong>
          <p>{t('report.envForm.differLead')}</p>
          <ul>
            {offer.differences.map((d) => (
              <li key={`${d.vmid}-${d.guest}-${d.field}`}>
                {t('report.envForm.differRow', {
                  where: d.guest === null ? t('report.envForm.nodeWhere') : t('report.envForm.guestWhere', { name: d.guest }),
                  field: fieldLabel(d.field === 'diskBytes' && d.guest !== null ? 'guestDiskBytes' : d.field).replace(/ \(.*\)$/, ''),
                  recorded: shown(d, d.recorded),
                  measured: shown(d, d.measured),
                })}
              </li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={() => decide('replace')}>
              {t('report.envForm.replace')}
            </button>
            <button type="button" onClick={() => decide('keep')}>
              {t('report.envForm.keep')}
            </button>
            <button type="button" className="quiet" onClick={() => decide('cancel')}>
              {t('report.envForm.cancel')}
            </button>
          </div>
        </div>
      )}
      <details className="environment-edit">
        <summary>
          {t('report.envForm.edit')}
          {dirty && <span className="unsaved"> — {t('report.envForm.unsaved')}</span>}
        </summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <fieldset className="environment-node">
            <legend>{t('report.envForm.node')}</legend>
            {NODE_FIELDS.map(({ field, label, wide }) => {
              const value = draft.node[field];
              return (
                <label key={field} className={wide ? 'wide' : undefined}>
                  <span>{fieldLabel(label)}</span>
                  <input
                    name={`node.${field}`}
                    value={typeof value === 'string' ? value : value.text}
                    inputMode={field === 'name' || field === 'cpuModel' || field === 'pveVersion' || field === 'kernel' ? undefined : 'decimal'}
                    aria-invalid={invalid(field)}
                    onChange={(e) => setNode(field, e.target.value)}
                  />
                </label>
              );
            })}
          </fieldset>
          <fieldset className="environment-guests-edit">
            <legend>{t('report.envForm.guests')}</legend>
            {draft.guests.length === 0 ? (
              <p className="note">{t('report.envForm.noGuests')}</p>
            ) : (
              <table className="environment-guest-table">
                <thead>
                  <tr>
                    {['vmid', 'name', 'type', 'os', 'osType', 'vcpus', 'sockets', 'memoryBytes', 'guestDiskBytes', 'service'].map((key) => (
                      <th key={key} scope="col">
                        {fieldLabel(key)}
                      </th>
                    ))}
                    <th scope="col" aria-label={t('report.envForm.remove')} />
                  </tr>
                </thead>
                <tbody>
                  {draft.guests.map((g, i) => {
                    const input = (field: 'vmid' | 'name' | 'os' | 'vcpus' | 'sockets' | 'service', numeric = false) => (
                      <input
                        name={`guest.${i}.${field}`}
                        aria-label={`${fieldLabel(field)} ${g.name}`}
                        value={g[field]}
                        inputMode={numeric ? 'numeric' : undefined}
                        aria-invalid={invalid(`guest.${i}.${field}`)}
                        onChange={(e) => setGuest(g.key, { [field]: e.target.value })}
                      />
                    );
                    const sized = (field: 'memory' | 'disk', label: string) => (
                      <input
                        name={`guest.${i}.${field}`}
                        aria-label={`${fieldLabel(label)} ${g.name}`}
                        value={g[field].text}
                        inputMode="decimal"
                        aria-invalid={invalid(`guest.${i}.${field}`)}
                        onChange={(e) => setGuest(g.key, { [field]: { ...g[field], text: e.target.value } })}
                      />
                    );
                    const known: readonly string[] = g.type ? OS_TYPES[g.type] : [...OS_TYPES.qemu, ...OS_TYPES.lxc];
                    return (
                      <tr key={g.key} data-guest={g.vmid || g.name}>
                        <td className="vmid">{input('vmid', true)}</td>
                        <td className="name">{input('name')}</td>
                        <td className="type">
                          <select
                            name={`guest.${i}.type`}
                            aria-label={`${fieldLabel('type')} ${g.name}`}
                            value={g.type}
                            onChange={(e) => setGuest(g.key, { type: e.target.value as GuestDraft['type'] })}
                          >
                            <option value="">{t('report.envForm.osTypeNone')}</option>
                            <option value="qemu">{t('report.env.typeName.qemu')}</option>
                            <option value="lxc">{t('report.env.typeName.lxc')}</option>
                          </select>
                        </td>
                        <td>{input('os')}</td>
                        <td className="ostype">
                          <select
                            name={`guest.${i}.osType`}
                            aria-label={`${fieldLabel('osType')} ${g.name}`}
                            value={g.osType}
                            onChange={(e) => setGuest(g.key, { osType: e.target.value })}
                          >
                            <option value="">{t('report.envForm.osTypeNone')}</option>
                            {(known.includes(g.osType) || !g.osType ? known : [g.osType, ...known]).map((value) => (
                              <option key={value} value={value}>
                                {osTypeName(value, t)}
                              </option>
                            ))}
                          </select>
                        </td>
                        <td className="count">{input('vcpus', true)}</td>
                        <td className="count">{input('sockets', true)}</td>
                        <td className="size">{sized('memory', 'memoryBytes')}</td>
                        <td className="size">{sized('disk', 'guestDiskBytes')}</td>
                        <td className="service">{input('service')}</td>
                        <td>
                          <button
                            type="button"
                            className="quiet"
                            aria-label={t('report.envForm.removeGuest', { name: g.name || `#${i + 1}` })}
                            onClick={() => setDraft((d) => ({ ...d, guests: d.guests.filter((x) => x.key !== g.key) }))}
                          >
                            {t('report.envForm.remove')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            <button type="button" onClick={() => setDraft((d) => ({ ...d, guests: [...d.guests, emptyGuest()] }))}>
              {t('report.envForm.addGuest')}
            </button>
          </fieldset>
          {problemList.length > 0 && (
            <div className="message error" role="alert">
              <ul>
                {problemList.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="form-actions">
            <ActionButton type="submit" className="primary" blocked={busy ? { why: t('blocked.busy') } : !dirty ? { why: t('blocked.unchanged') } : null}>
              {t('report.envForm.save')}
            </ActionButton>
          </div>
        </form>
      </details>
    </section>
  );
}
