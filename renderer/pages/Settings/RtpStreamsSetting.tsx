import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RtpStreamSelection } from '../../../electron/capture/analyze/rtp';
import { proxlab } from '../../api';

// The renderer takes only types from electron/: no zod (nor the RTP analysis) in the page bundle.
const SELECTIONS: readonly RtpStreamSelection[] = ['auto', 'announced', 'all'];

/** Which RTP streams QoS analyses report; read by each analysis when it starts. */
export function RtpStreamsSetting() {
  const { t } = useTranslation();
  const helpId = useId();
  const [selection, setSelection] = useState<RtpStreamSelection | null>(null);

  useEffect(() => {
    let live = true;
    void proxlab()
      .invoke('settings.get', undefined)
      .then((settings) => live && setSelection(settings.rtpStreams));
    return () => {
      live = false;
    };
  }, []);

  const choose = async (next: RtpStreamSelection) => {
    setSelection(next);
    const saved = await proxlab().invoke('settings.update', { rtpStreams: next });
    setSelection(saved.rtpStreams);
  };

  return (
    <fieldset className="setting rtp-streams">
      <legend>{t('settings.rtpStreams')}</legend>
      <p className="hint" id={helpId}>
        {t('settings.rtpStreamsHelp')}
      </p>
      <div className="choices" role="radiogroup" aria-describedby={helpId}>
        {SELECTIONS.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name="rtp-streams"
              value={option}
              checked={selection === option}
              disabled={selection === null}
              onChange={() => void choose(option)}
            />
            <span>{t(`settings.rtpStreamsChoice.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
