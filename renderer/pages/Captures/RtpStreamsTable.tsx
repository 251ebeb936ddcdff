import { useTranslation } from 'react-i18next';
import { formatFixed, formatInteger } from '../../../core/format/numbers';
import { useLanguage } from '../../i18n/useLanguage';
import type { QosAssessment } from '../../../core/qos/qos-report-schema';

type RtpStream = QosAssessment['measured']['rtp'][number];

/**
 * The RTP streams the analysis measured, with the columns of Wireshark's RTP Streams dialog a
 * VoIP exercise reports (loss, delta, jitter per stream), and how each was found: announced by
 * SIP/SDP, or by its header pattern alone — then its payload is named by its static type only.
 */
export function RtpStreamsTable({ streams }: { streams: readonly RtpStream[] }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  if (streams.length === 0) return null;
  const ms = (value: number) => formatFixed(value, 3, locale);
  const byPattern = streams.some((s) => s.origin === 'pattern');
  return (
    <>
      <table className="rtp-streams" data-testid="rtp-streams">
        <caption>{t('qos.rtpStreams.caption', { count: streams.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('qos.rtpStreams.source')}</th>
            <th scope="col">{t('qos.rtpStreams.destination')}</th>
            <th scope="col">SSRC</th>
            <th scope="col">{t('qos.rtpStreams.payload')}</th>
            <th scope="col" className="num">
              {t('qos.rtpStreams.packets')}
            </th>
            <th scope="col" className="num">
              {t('qos.rtpStreams.lost')}
            </th>
            <th scope="col" className="num">
              {t('qos.rtpStreams.maxDelta')}
            </th>
            <th scope="col" className="num">
              {t('qos.rtpStreams.meanJitter')}
            </th>
            <th scope="col" className="num">
              {t('qos.rtpStreams.maxJitter')}
            </th>
            <th scope="col">{t('qos.rtpStreams.found')}</th>
          </tr>
        </thead>
        <tbody>
          {streams.map((s) => (
            <tr key={`${s.ssrc}-${s.src}-${s.dst}`}>
              <td>{s.src}</td>
              <td>{s.dst}</td>
              <td>{s.ssrc}</td>
              <td>{s.payloads.join(', ')}</td>
              <td className="num">{formatInteger(s.packets, locale)}</td>
              <td className="num">
                {formatInteger(s.lost, locale)} ({formatFixed(s.lostPercent, 1, locale)} %)
              </td>
              <td className="num">{ms(s.maxDeltaMs)}</td>
              <td className="num">{ms(s.meanJitterMs)}</td>
              <td className="num">{ms(s.maxJitterMs)}</td>
              <td>{t(`qos.rtpStreams.origin.${s.origin}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {byPattern && (
        <p className="hint" data-testid="rtp-by-pattern">
          {t('qos.rtpByPattern', { count: formatInteger(streams.filter((s) => s.origin === 'pattern').length, locale) })}
        </p>
      )}
    </>
  );
}
