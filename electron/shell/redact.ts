// Secrets never reach the log file a student attaches to a help request. Proxmox credentials
// have known shapes (docs/proxmox.md §Authentication): API tokens "PVEAPIToken=USER@REALM!ID=SECRET"
// (or a space for the first "="), tickets "PVE:user@realm:HEX::signature", CSRF tokens, and
// form or JSON fields named like a secret.

export const REDACTED = '[redacted]';

const SECRET_KEY = /pass(word)?|secret|token|ticket|otp|tfa|csrf|cookie|authorization|response/i;

const PATTERNS: Array<[RegExp, string]> = [
  // API token: keep who and which token, drop the secret after the token id.
  [/(PVEAPIToken[= ][^\s!"'=]+![^\s"'=]+[=:])[^\s"',;&]+/g, `$1${REDACTED}`],
  // Anything else after the scheme name (a malformed token) goes whole.
  [/(PVEAPIToken[= ])(?![^\s"',;&]*\[redacted\])[^\s"',;&]+/g, `$1${REDACTED}`],
  // Tickets, also the VNC kind, wherever they appear (cookie, header, JSON, form).
  [/PVE(VNC)?:[^\s"',;&]+/g, REDACTED],
  // key=value and key: value (headers, query strings, form bodies); an API token header was
  // already cut down to its public part above.
  [
    /\b(?!PVEAPIToken[= ])([\w-]*(?:pass(?:word)?|secret|token|ticket|otp|tfa|csrf|cookie|authorization)[\w-]*)(\s*[=:]\s*)(?!"|PVEAPIToken[= ])[^\s"',;&]+/gi,
    `$1$2${REDACTED}`,
  ],
  // "key": "value" in JSON.
  [/("[\w-]*(?:pass(?:word)?|secret|token|ticket|otp|tfa|csrf|cookie|authorization)[\w-]*"\s*:\s*)"(?:[^"\\]|\\.)*"/gi, `$1"${REDACTED}"`],
];

/** The text with every secret-shaped value replaced. */
export function redactText(text: string): string {
  return PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** A copy of structured log fields whose secret-named values are replaced, at any depth. */
export function redactFields(value: unknown, depth = 0): unknown {
  if (depth > 8) return REDACTED;
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((item) => redactFields(item, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) ? REDACTED : redactFields(inner, depth + 1)]));
  }
  return value;
}
