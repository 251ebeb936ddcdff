/**
 * Which RTP streams an analysis reports: those signalling announced, and also those found by
 * their header pattern in UDP nobody announced — always ('all') or only when the capture
 * announces nothing, as in a media-only capture ('auto').
 */
export const RTP_STREAM_SELECTIONS = ['auto', 'announced', 'all'] as const;
export type RtpStreamSelection = (typeof RTP_STREAM_SELECTIONS)[number];
