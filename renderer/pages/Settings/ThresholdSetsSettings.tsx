import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QosParameter, ThresholdSet } from '../../../core/qos/threshold-schema';
import type { CallOutput } from '../../../core/contract/api';
import { INDEX_LABELS, thresholdSetName } from '../../../core/qos/labels';
import { proxlab } from '../../api';
import { useLanguage } from '../../i18n/useLanguage';
import { formatFixed } from '../../../core/format/numbers';
import { measureUnit, QOS_PARAMETERS } from '../../charts/qos-measure';
import { BandEdges } from '../Captures/BandEdges';
import { parseLocalNumber } from '../../format/typed-number';
import { useThresholdSets } from '../Captures/useThresholdSets';
import { edgesOf, withEdge } from './band-edges-edit';
import { ActionButton } from '../../shell/ActionButton';

type Problems = Extract<CallOutput<'qos.saveThresholdSet'>, { ok: false }>['problems'];

/** The built-in sets (read only, band edges shown) and the user's copies (rename, edit edges, delete). */
export function ThresholdSetsSettings() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { sets, replace } = useThresholdSets();
  const ids = useId();

  const copy = async (set: ThresholdSet) => {
    const base = t('thresholdSets.copyName', { name: thresholdSetName(set, language) });
    let name = base;
    for (let n = 2; sets.some((s) => s.name === name); n++) name = `${base} ${n}`;
    const id = `user-${Date.now().toString(36)}`;
    const saved = await proxlab().invoke('qos.saveThresholdSet', { ...structuredClone(set), id, name, builtIn: false });
    if (saved.ok) replace(saved.sets);
  };

  return (
    <fieldset className="setting threshold-sets" aria-labelledby={`${ids}-title`}>
      <legend id={`${ids}-title`}>{t('thresholdSets.title')}</legend>
      <p className="hint">{t('thresholdSets.intro')}</p>
      {sets.map((set) =>
        set.builtIn ? (
          <section key={set.id} className="threshold-set" data-set={set.id} aria-label={thresholdSetName(set, language)}>
            <h3>
              {thresholdSetName(set, language)} <small>({t('thresholdSets.builtIn')})</small>
            </h3>
            <BandEdges set={set} />
            <button type="button" onClick={() => void copy(set)}>
              {t('thresholdSets.copy')}
            </button>
          </section>
        ) : (
          <UserSetEditor key={set.id} set={set} onChanged={replace} onCopy={() => void copy(set)} />
        ),
      )}
    </fieldset>
  );
}

function UserSetEditor({ set, onChanged, onCopy }: { set: ThresholdSet; onChanged(sets: ThresholdSet[]): void; onCopy(): void }) {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const [draft, setDraft] = useState(set);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [problems, setProblems] = useState<Problems>([]);
  const [saved, setSaved] = useState(false);
  const label = (index: number) => `${index} · ${INDEX_LABELS[language][index as 0 | 1 | 2 | 3 | 4]}`;

  const edit = (parameter: QosParameter, position: number, text: string, belongsTo: number) => {
    const key = `${parameter}-${position}`;
    setTexts({ ...texts, [key]: text });
    setSaved(false);
    const value = parseLocalNumber(text, locale);
    const bad = new Set(invalid);
    if (value === null || value < 0) {
      bad.add(key);
      setInvalid(bad);
      return;
    }
    bad.delete(key);
    setInvalid(bad);
    setDraft({ ...draft, bands: { ...draft.bands, [parameter]: withEdge(draft.bands[parameter], position, value, belongsTo) } });
  };

  const save = async () => {
    if (invalid.size) return;
    const outcome = await proxlab().invoke('qos.saveThresholdSet', draft);
    if (outcome.ok) {
      setProblems([]);
      setSaved(true);
      onChanged(outcome.sets);
    } else setProblems(outcome.problems);
  };

  const remove = async () => onChanged(await proxlab().invoke('qos.deleteThresholdSet', { id: set.id }));

  return (
    <section className="threshold-set threshold-editor" data-set={set.id} aria-label={draft.name}>
      <label className="set-name">
        <span>{t('thresholdSets.name')}</span>
        <input
          value={draft.name}
          name="set-name"
          onChange={(e) => {
            setDraft({ ...draft, name: e.target.value });
            setSaved(false);
          }}
        />
      </label>
      {QOS_PARAMETERS.map((parameter) => {
        const bands = draft.bands[parameter];
        const unit = measureUnit(parameter, draft);
        return (
          <fieldset key={parameter} className="edges" data-parameter={parameter}>
            <legend>
              {t(`qosCharts.${parameter}`)} ({unit})
            </legend>
            {edgesOf(bands).map((edge) => {
              const key = `${parameter}-${edge.position}`;
              const [a, b] = [bands[edge.position], bands[edge.position + 1]];
              const name = t('thresholdSets.edge', { upper: label(a.index), lower: label(b.index) });
              const text = texts[key] ?? formatFixed(edge.value, edge.value % 1 === 0 ? 0 : 1, locale);
              return (
                <div key={key} className="edge-row">
                  <label>
                    <span>{name}</span>
                    <input
                      value={text}
                      inputMode="decimal"
                      aria-invalid={invalid.has(key) || undefined}
                      onChange={(e) => edit(parameter, edge.position, e.target.value, edge.belongsTo)}
                    />
                  </label>
                  <label>
                    <span>{t('thresholdSets.belongsTo')}</span>
                    <select value={edge.belongsTo} onChange={(e) => edit(parameter, edge.position, text, Number(e.target.value))}>
                      <option value={edge.position}>{label(a.index)}</option>
                      <option value={edge.position + 1}>{label(b.index)}</option>
                    </select>
                  </label>
                  {invalid.has(key) && <small className="field-problem">{t('manualEntry.problem.number')}</small>}
                </div>
              );
            })}
          </fieldset>
        );
      })}
      {problems.length > 0 && (
        <ul className="message error" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{t(`thresholdSets.problem.${p.code}`, { parameter: p.parameter ? t(`qosCharts.${p.parameter}`) : '' })}</li>
          ))}
        </ul>
      )}
      <div className="set-actions">
        <ActionButton type="button" className="primary" onClick={() => void save()} blocked={invalid.size > 0 ? { why: t('blocked.invalidBands') } : null}>
          {t('thresholdSets.save')}
        </ActionButton>
        <button type="button" onClick={onCopy}>
          {t('thresholdSets.copy')}
        </button>
        <button type="button" className="quiet" onClick={() => void remove()}>
          {t('thresholdSets.delete')}
        </button>
        <span className="notice" role="status">
          {saved ? t('thresholdSets.saved') : ''}
        </span>
      </div>
      <BandEdges set={draft} />
    </section>
  );
}
