import { useTranslation } from 'react-i18next';
import type { ClassResult } from '../../../core/class/schema';
import { formatBinaryBytes } from '../../../core/format/numbers';
import { useLanguage } from '../../i18n/useLanguage';
import { formatInstant } from '../../format/dates';
import { labOffset } from './lab-form';

/** What the checks compared each student with, and whether the lecturer or the class set it. */
export function ReferenceLine({ result }: { result: ClassResult }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { node, nodeFrom, addresses, addressesFrom, window } = result.reference;
  const from = (source: 'lab' | 'class') => t(`class.flags.from.${source}`);
  const zone = labOffset(result);
  const nodeParts = [
    node.name,
    node.cpuModel,
    node.memoryBytes === null ? null : formatBinaryBytes(node.memoryBytes, locale),
    node.pveVersion && `PVE ${node.pveVersion}`,
  ].filter(Boolean);
  return (
    <dl className="class-reference" data-testid="class-reference">
      <div>
        <dt>{t('class.reference.node')}</dt>
        <dd>
          {nodeParts.length ? nodeParts.join(' · ') : '–'} <span className="hint">({from(nodeFrom)})</span>
        </dd>
      </div>
      <div>
        <dt>{t('class.reference.addresses')}</dt>
        <dd>
          {addresses.length ? addresses.join(', ') : '–'} <span className="hint">({from(addressesFrom)})</span>
        </dd>
      </div>
      <div>
        <dt>{t('class.reference.window')}</dt>
        <dd>
          {window ? (
            <>
              {formatInstant(window.start, locale, { precision: 'minutes', utcOffset: zone })} –{' '}
              {formatInstant(window.end, locale, { precision: 'minutes', utcOffset: zone })} {zone && `(UTC${zone})`}{' '}
              <span className="hint">({from(window.from)})</span>
            </>
          ) : (
            '–'
          )}
        </dd>
      </div>
    </dl>
  );
}
