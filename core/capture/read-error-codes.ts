/**
 * Why a read stops before the end of the file. The reader owns these codes, as Wireshark's
 * wtap.h owns its WTAP_ERR_*; the capture report adds the codes of the worker around it.
 */
export const READ_ERROR_CODES = ['truncated', 'corrupt', 'unsupported', 'not-a-capture', 'io', 'cancelled'] as const;
export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];
