import { z } from 'zod';
import { ProxmoxError } from './errors';

// Authentication (docs/proxmox.md §Authentication): an API token header on every request (PVE ≥ 6.2, stateless, no
// CSRF), or a ticket from POST /access/ticket sent as the PVEAuthCookie cookie, with the CSRF
// header on every write, renewed before its 2-hour lifetime ends, and the second-factor step
// in both shapes PVE has used.

export type Credentials = { kind: 'token'; tokenId: string; secret: string } | { kind: 'password'; username: string; realm?: string; password: string };

/** Asks a person (or an environment variable) for the second factor; null = none given. */
export type SecondFactor = (methods: string[]) => Promise<string | null>;

export interface AuthTransport {
  /** POST form fields to an API path; resolves with `data`, rejects with a ProxmoxError. */
  post(path: string, form: Record<string, string>, headers: Record<string, string>): Promise<unknown>;
}

const TICKET_LIFETIME_MS = 7200_000;
/** PVE's own web interface renews every 15 minutes; renewing after an hour leaves ample margin. */
export const TICKET_RENEW_AFTER_MS = 3600_000;

const TicketAnswer = z
  .object({
    username: z.string().optional(),
    ticket: z.string(),
    CSRFPreventionToken: z.string().optional(),
    NeedTFA: z.union([z.number(), z.string()]).optional(),
    cap: z.record(z.string(), z.unknown()).optional(),
    clustername: z.string().optional(),
  })
  .passthrough();
type TicketAnswer = z.infer<typeof TicketAnswer>;

export interface Authenticator {
  readonly kind: 'token' | 'ticket';
  /** Headers for one request; may log in or renew first. */
  headers(method: string): Promise<Record<string, string>>;
  /**
   * After a 401 on the ticket sent in `used`: forget that ticket so the next headers() logs in
   * again (once, however many calls it refused). False when logging in again cannot help.
   */
  invalidate(used: Record<string, string>): boolean;
  /** The `cap` of the last ticket (null for a token): PVE's UI used it before /access/permissions existed. */
  readonly capabilities: Record<string, unknown> | null;
}

export function tokenAuthenticator(tokenId: string, secret: string): Authenticator {
  const header = { Authorization: `PVEAPIToken=${tokenId}=${secret}` };
  return { kind: 'token', headers: async () => header, invalidate: () => false, capabilities: null };
}

/** The TFA methods a `PVE:!tfa!{…}` half-ticket offers (its JSON has ':' percent-encoded). */
export function tfaMethods(halfTicket: string): string[] {
  const match = /^PVE:!tfa!(.*):[0-9A-Fa-f]{8}::/.exec(halfTicket);
  if (!match) return ['totp'];
  try {
    const challenge = JSON.parse(decodeURIComponent(match[1])) as Record<string, unknown>;
    return Object.keys(challenge).filter((key) => challenge[key] !== false && challenge[key] !== null);
  } catch {
    return ['totp'];
  }
}

/** A YubiKey OTP: 44 modhex characters (key id and one-time password), whatever the keyboard layout adds aside. */
const YUBICO_OTP = /^[cbdefghijklnrtuv]{32,64}$/;

/** PVE 7+ expects typed answers: `totp:123456`, `yubico:cccc…`, `recovery:xxxx-…`. */
function typedAnswer(code: string, methods: string[]): string {
  if (/^(totp|recovery|yubico|webauthn|u2f):/.test(code)) return code;
  const bare = code.trim();
  if (/^\d{6,8}$/.test(bare)) return `totp:${bare}`;
  if (methods.includes('yubico') && YUBICO_OTP.test(bare)) return `yubico:${bare}`;
  return `recovery:${bare}`;
}

export function ticketAuthenticator(
  credentials: Extract<Credentials, { kind: 'password' }>,
  transport: AuthTransport,
  options: { secondFactor?: SecondFactor; now?: () => number; renewAfterMs?: number } = {},
): Authenticator & { readonly clusterName: string | null } {
  const now = options.now ?? Date.now;
  const renewAfter = options.renewAfterMs ?? TICKET_RENEW_AFTER_MS;
  const username = credentials.realm && !credentials.username.includes('@') ? `${credentials.username}@${credentials.realm}` : credentials.username;
  let session: { ticket: string; csrf: string; issuedAt: number } | null = null;
  let pending: Promise<void> | null = null;
  let clusterName: string | null = null;
  let capabilities: Record<string, unknown> | null = null;

  const requestTicket = async (form: Record<string, string>, headers: Record<string, string> = {}): Promise<TicketAnswer> =>
    TicketAnswer.parse(await transport.post('/access/ticket', form, headers));

  const login = async (): Promise<TicketAnswer> => {
    try {
      // new-format=1 opts PVE 7.x into the current TFA flow; 8+ ignores it, ≤ 6 rejects it as unknown.
      return await requestTicket({ username, password: credentials.password, 'new-format': '1' });
    } catch (error) {
      if (error instanceof ProxmoxError && error.kind === 'bad-request' && String(error.params.details).includes('new-format')) {
        return requestTicket({ username, password: credentials.password });
      }
      throw error;
    }
  };

  const answerSecondFactor = async (half: TicketAnswer): Promise<TicketAnswer> => {
    const newFlow = half.ticket.startsWith('PVE:!tfa!');
    // Before the new flow (5.x up to 7.1), a U2F account gets a `u2f!` half-ticket and a challenge for the key, never a code.
    const oldU2f = !newFlow && (half.ticket.startsWith('PVE:u2f!') || 'U2FChallenge' in half);
    const methods = newFlow ? tfaMethods(half.ticket) : oldU2f ? ['u2f'] : ['totp'];
    if (!methods.includes('totp') && !methods.includes('recovery') && !methods.includes('yubico')) {
      throw new ProxmoxError('tfa-unsupported', { methods: methods.join(', ') });
    }
    const code = options.secondFactor ? await options.secondFactor(methods) : null;
    if (!code) throw new ProxmoxError('tfa-required', { methods: methods.join(', ') });
    if (newFlow) return requestTicket({ username, 'tfa-challenge': half.ticket, password: typedAnswer(code, methods) });
    // PVE 5.x/6.x: POST /access/tfa with the half-ticket as cookie and its CSRF token.
    const answer = TicketAnswer.parse(
      await transport.post(
        '/access/tfa',
        { response: code.replace(/^totp:/, '') },
        { Cookie: `PVEAuthCookie=${encodeURIComponent(half.ticket)}`, CSRFPreventionToken: half.CSRFPreventionToken ?? '' },
      ),
    );
    return { ...answer, CSRFPreventionToken: answer.CSRFPreventionToken ?? half.CSRFPreventionToken };
  };

  const adopt = (answer: TicketAnswer) => {
    session = { ticket: answer.ticket, csrf: answer.CSRFPreventionToken ?? session?.csrf ?? '', issuedAt: now() };
    clusterName = answer.clustername ?? clusterName;
    capabilities = answer.cap ?? capabilities;
  };

  const freshLogin = async () => {
    let answer = await login();
    if (answer.NeedTFA !== undefined && Number(answer.NeedTFA) === 1) answer = await answerSecondFactor(answer);
    adopt(answer);
  };

  const renew = async (ticket: string) => {
    try {
      // A still-valid ticket is accepted as the password and needs no second factor.
      adopt(await requestTicket({ username, password: ticket }));
    } catch (error) {
      if (!(error instanceof ProxmoxError) || error.category !== 'auth') throw error;
      await freshLogin();
    }
  };

  const ensure = async () => {
    const age = session ? now() - session.issuedAt : Infinity;
    if (session && age < renewAfter) return;
    pending ??= (session && age < TICKET_LIFETIME_MS ? renew(session.ticket) : freshLogin()).finally(() => {
      pending = null;
    });
    await pending;
  };

  return {
    kind: 'ticket',
    get clusterName() {
      return clusterName;
    },
    get capabilities() {
      return capabilities;
    },
    async headers(method) {
      await ensure();
      const headers: Record<string, string> = { Cookie: `PVEAuthCookie=${encodeURIComponent(session!.ticket)}` };
      if (method.toUpperCase() !== 'GET') headers.CSRFPreventionToken = session!.csrf;
      return headers;
    },
    invalidate(used) {
      if (session && used.Cookie === `PVEAuthCookie=${encodeURIComponent(session.ticket)}`) session = null;
      return true;
    },
  };
}
