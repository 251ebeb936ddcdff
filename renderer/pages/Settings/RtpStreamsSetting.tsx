import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RtpStreamSelection } from '../../../core/capture/rtp-streams';
import { proxlab } from '../../api';
import { ChoiceSetting } from './ChoiceSetting';

// The renderer takes only types from electron/: no zod (nor the RTP analysis) in the page bundle.
const SELECTIONS: readonly RtpStreamSelection[] = ['auto', 'announced', 'all'];

/** Which RTP streams QoS analyses report; read by each analysis when it starts. */
export function RtpStreamsSetting() {
  const { t } = useTranslation();
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
    <ChoiceSetting
      name="rtp-streams"
      legend={t('settings.rtpStreams')}
      help={t('settings.rtpStreamsHelp')}
      options={SELECTIONS}
      value={selection}
      label={(option) => t(`settings.rtpStreamsChoice.${option}`)}
      onChoose={(option) => void choose(option)}
    />
  );
}
