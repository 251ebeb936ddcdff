import { z } from 'zod';
import { ThresholdSetSchema } from '../qos/threshold-schema';
import { RTP_STREAM_SELECTIONS } from '../capture/rtp-streams';
import { LANGUAGES } from '../language';

// The non-secret settings' shape: what the app stores and what the page may change.

export const LanguageSchema = z.enum(LANGUAGES);

const fields = {
  language: LanguageSchema,
  /** False until the user picks a language; until then the UI follows the system language. */
  languageChosen: z.boolean(),
  recentCaptures: z.array(z.string()).max(20),
  /** The user's own threshold sets (copies of the built-in ones, edited). */
  thresholdSets: z.array(ThresholdSetSchema).max(50),
  recentSessions: z.array(z.string()).max(20),
  /** Save the open session after every change (only sessions that already have a file). */
  autosave: z.boolean(),
  /** Which RTP streams QoS analyses report (the analysis request's rtpStreams). */
  rtpStreams: z.enum(RTP_STREAM_SELECTIONS),
  /**
   * The Class page's column groups the lecturer showed (true) or hid (false), by group ("memory",
   * "cpu", "service:WordPress"); a group never chosen is shown if it fits beside the others.
   */
  classColumnGroups: z.record(z.string().max(200), z.boolean()).refine((groups) => Object.keys(groups).length <= 100, 'at most 100 column groups'),
};

export const SettingsSchema = z.object({
  language: fields.language.default('id'),
  languageChosen: fields.languageChosen.default(false),
  recentCaptures: fields.recentCaptures.default([]),
  thresholdSets: fields.thresholdSets.default([]),
  recentSessions: fields.recentSessions.default([]),
  autosave: fields.autosave.default(true),
  rtpStreams: fields.rtpStreams.default('auto'),
  classColumnGroups: fields.classColumnGroups.default({}),
});

/**
 * What the page may send: only the fields it names. (A partial SettingsSchema would fill every
 * field it leaves out with its default, so choosing a language emptied the recent lists.)
 */
export const SettingsPatchSchema = z.object(fields).partial();
export type Settings = z.infer<typeof SettingsSchema>;
