import type { IncomingMessage } from 'node:http';
import type { Account } from './accounts';
import type { StandinState } from './server';

// The stand-in's authentication layer (docs/proxmox.md §Authentication): token header, ticket cookie (or
// `Authorization: PVEAuthCookie=`), CSRF on writes, and POST /access/ticket with both TFA shapes.

export interface Identity {
  userid: string;
  tokenid: string | null;
  privs: Set<string>;
}

export type Outcome = { status: number; reason: string; body: 'empty' | 'null' | Record<string, unknown> } | { data: unknown };

const TICKET_LIFETIME = 7200;

const epoch = (state: StandinState) => Math.floor(state.now() / 1000);

function cookieTicket(req: IncomingMessage): string | null {
  const cookie = /(?:^|;\s*)PVEAuthCookie=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  const header = /^PVEAuthCookie=(.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const raw = cookie ?? header;
  return raw ? decodeURIComponent(raw) : null;
}

/** Who is asking, or the 401 PVE answers (empty body: the auth layer). */
export function authenticate(state: StandinState, req: IncomingMessage): Identity | Outcome {
  const unauthorized = (reason: string): Outcome => ({ status: 401, reason, body: 'empty' });
  const authorization = req.headers.authorization ?? '';
  const token = /^PVEAPIToken[= ](.+)$/.exec(authorization)?.[1];
  if (token && state.release.tokens) {
    const split = decodeURIComponent(token).lastIndexOf('=');
    const tokenid = decodeURIComponent(token).slice(0, split);
    const secret = decodeURIComponent(token).slice(split + 1);
    const account = state.tokens.get(tokenid);
    const [user, name] = tokenid.split('!');
    if (!account) return unauthorized(`no such token '${name ?? ''}' for user '${user}'`);
    if (account.secret !== secret) return unauthorized('invalid token value!');
    const userPrivs = state.users.get(user)?.privs ?? new Set<string>();
    const privs = account.privsep ? new Set([...account.privs].filter((p) => userPrivs.has(p))) : userPrivs;
    return { userid: user, tokenid: name, privs };
  }
  const ticket = cookieTicket(req);
  if (!ticket) return unauthorized('No ticket');
  const verified = state.signer.verify(ticket, epoch(state));
  const account = verified ? state.users.get(verified.subject) : undefined;
  if (!verified || !account || verified.age >= TICKET_LIFETIME + 300) return unauthorized('permission denied - invalid PVE ticket');
  if (req.method !== 'GET') {
    const csrf = req.headers.csrfpreventiontoken;
    if (!state.signer.verifyCsrf(Array.isArray(csrf) ? csrf[0] : csrf, account.userid, epoch(state))) {
      return unauthorized('Permission denied - invalid csrf token');
    }
  }
  return { userid: account.userid, tokenid: null, privs: account.privs };
}

function capabilities(privs: Set<string>) {
  const pick = (names: string[]) => Object.fromEntries(names.filter((n) => privs.has(n)).map((n) => [n, 1]));
  return {
    vms: pick(['VM.Audit', 'VM.PowerMgmt']),
    storage: pick(['Datastore.Audit']),
    access: {},
    nodes: pick(['Sys.Audit']),
    dc: pick(['Sys.Audit', 'SDN.Audit']),
    sdn: pick(['SDN.Audit']),
    mapping: {},
  };
}

function fullTicket(state: StandinState, userid: string): Outcome {
  const now = epoch(state);
  const account = state.users.get(userid)!;
  const data: Record<string, unknown> = {
    username: userid,
    ticket: state.signer.ticket(userid, now),
    CSRFPreventionToken: state.signer.csrf(userid, now),
    cap: capabilities(account.privs),
  };
  if (state.release.name < '8.0') delete (data.cap as Record<string, unknown>).mapping;
  return { data };
}

const loginFailure: Outcome = { status: 401, reason: 'authentication failure', body: 'null' };

/** New flow: typed answers (`totp:`, `recovery:`, `yubico:`). Old flow: the bare code of the account's one OTP method. */
function secondFactorMatches(account: Account, answer: string, typed: boolean): boolean {
  if (!typed) return answer === (account.yubico ?? account.totp);
  const type = answer.slice(0, answer.indexOf(':'));
  const value = answer.slice(answer.indexOf(':') + 1);
  if (type === 'totp') return value === account.totp;
  if (type === 'recovery') return value === account.recovery;
  if (type === 'yubico') return value === account.yubico;
  return false;
}

/** The challenge of the new flow: the methods the account has, as PVE lists them. */
function challengeOf(account: Account): string {
  if (account.u2f) return '{"u2f":{"challenge":"c2VydmVyLWNoYWxsZW5nZQ","appId":"https://pve.lab.example:8006"}}';
  if (account.yubico) return '{"yubico":true}';
  return '{"totp":true,"recovery":"available"}';
}

export function login(state: StandinState, form: Record<string, string>): Outcome {
  const release = state.release;
  if ('new-format' in form && !release.knowsNewFormat) {
    return {
      status: 400,
      reason: 'Parameter verification failed.',
      body: { errors: { 'new-format': 'property is not defined in schema and the schema does not allow additional properties' } },
    };
  }
  if (!form.username || form.password === undefined) {
    return {
      status: 400,
      reason: 'Parameter verification failed.',
      body: { errors: { [form.username ? 'password' : 'username']: 'property is missing and it is not optional' } },
    };
  }
  const userid = form.realm && !form.username.includes('@') ? `${form.username}@${form.realm}` : form.username;
  const account = state.users.get(userid);
  if (!account) return loginFailure;
  const now = epoch(state);

  const challenge = form['tfa-challenge'];
  if (challenge !== undefined) {
    const half = state.signer.verify(challenge, now);
    if (release.tfa === 'old' || !half || !half.subject.startsWith('!tfa!') || half.age >= 120) return loginFailure;
    return secondFactorMatches(account, form.password, true) ? fullTicket(state, userid) : loginFailure;
  }
  // Renewal: a still-valid ticket of this user is accepted as the password.
  const asTicket = state.signer.verify(form.password, now);
  if (asTicket) return asTicket.subject === userid && asTicket.age < TICKET_LIFETIME ? fullTicket(state, userid) : loginFailure;
  if (form.password !== account.password) return loginFailure;
  if (!account.totp && !account.yubico && !account.u2f) return fullTicket(state, userid);
  if (form.otp !== undefined) return secondFactorMatches(account, form.otp, form.otp.includes(':')) ? fullTicket(state, userid) : loginFailure;

  const newFlow = release.tfa === 'new' || (release.tfa === 'opt-in' && form['new-format'] === '1');
  if (!newFlow && account.u2f) {
    // PVE 5.4–7.1: a U2F account gets a u2f half-ticket and the challenge beside it (no code to type).
    const challenge = { challenge: 'c2VydmVyLWNoYWxsZW5nZQ', appId: 'https://pve.lab.example:8006', keyHandle: 'a2V5LWhhbmRsZQ', version: 'U2F_V2' };
    const half = state.signer.ticket(`u2f!${userid}!${challenge.challenge}`, now);
    return { data: { username: userid, ticket: half, CSRFPreventionToken: state.signer.csrf(userid, now), NeedTFA: 1, U2FChallenge: challenge } };
  }
  // The challenge is JSON with ':' percent-encoded, as PVE writes it into the half-ticket.
  const subject = newFlow ? `!tfa!${challengeOf(account).replace(/:/g, '%3A')}` : `tfa!${userid}`;
  return {
    data: { username: userid, ticket: state.signer.ticket(subject, now), CSRFPreventionToken: state.signer.csrf(userid, now), NeedTFA: 1 },
  };
}

/** PVE 5.x/6.x second step: POST /access/tfa with the half-ticket as cookie. */
export function oldTfa(state: StandinState, req: IncomingMessage, form: Record<string, string>): Outcome {
  if (state.release.tfa !== 'old') return { status: 501, reason: "Method 'POST /access/tfa' not implemented", body: 'null' };
  const ticket = cookieTicket(req);
  const half = ticket ? state.signer.verify(ticket, epoch(state)) : null;
  const userid = half && /^tfa!(.+)$/.exec(half.subject)?.[1];
  const account = userid ? state.users.get(userid) : undefined;
  if (!half || !account || half.age >= 120) return { status: 401, reason: 'permission denied - invalid PVE ticket', body: 'empty' };
  const csrf = req.headers.csrfpreventiontoken;
  if (!state.signer.verifyCsrf(Array.isArray(csrf) ? csrf[0] : csrf, account.userid, epoch(state))) {
    return { status: 401, reason: 'Permission denied - invalid csrf token', body: 'empty' };
  }
  if (!secondFactorMatches(account, form.response ?? '', false)) return loginFailure;
  const full = fullTicket(state, account.userid) as { data: Record<string, unknown> };
  return { data: { ticket: full.data.ticket, username: account.userid } };
}
