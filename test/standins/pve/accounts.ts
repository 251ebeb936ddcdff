import { createHmac, randomBytes } from 'node:crypto';

// Users, tokens and tickets of the stand-in (docs/proxmox.md §Authentication, §Privileges). Tickets and CSRF tokens have
// PVE's textual shape (hex epoch, base64 signature); an HMAC stands in for the RSA signature.

export interface Account {
  userid: string;
  password: string;
  /** A TOTP code the stand-in accepts (it does not run the TOTP algorithm). */
  totp: string | null;
  recovery: string | null;
  /** A YubiKey OTP the stand-in accepts. */
  yubico?: string;
  /** The account's only second factor is a U2F key. */
  u2f?: boolean;
  privs: Set<string>;
}

export interface TokenAccount {
  tokenid: string;
  secret: string;
  privsep: boolean;
  /** The token's own ACL privileges (on /); with privsep the effective set is the intersection. */
  privs: Set<string>;
}

const LAB_RUNNER = ['VM.Audit', 'VM.PowerMgmt', 'Sys.Audit'];
const AUDITOR = ['Sys.Audit', 'VM.Audit', 'Datastore.Audit', 'SDN.Audit', 'Pool.Audit'];

export const STANDIN_SECRETS = {
  runnerToken: 'labrunner@pve!experiment',
  runnerSecret: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  observerToken: 'observer@pve!monitor',
  observerSecret: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d',
  /** A privilege-separated token nobody gave an ACL: sees empty lists, 403 elsewhere. */
  freshToken: 'labrunner@pve!fresh',
  freshSecret: '11111111-2222-4333-8444-555555555555',
  runnerPassword: 'lab-runner-pass',
  tfaUser: 'student@pve',
  tfaPassword: 'student-pass',
  tfaCode: '123456',
  tfaRecovery: 'abcd-ef01-2345-6789',
  yubicoUser: 'keyholder@pve',
  yubicoPassword: 'keyholder-pass',
  /** 44 modhex characters: 12 of key id, 32 of one-time password. */
  yubicoOtp: 'ccccccjlkgjlbiuhuelgvcrvjbnrluchvfkhbvlkklrb',
  u2fUser: 'u2fonly@pve',
  u2fPassword: 'u2fonly-pass',
} as const;

export function defaultAccounts(): { users: Map<string, Account>; tokens: Map<string, TokenAccount> } {
  const s = STANDIN_SECRETS;
  const users = new Map<string, Account>([
    ['labrunner@pve', { userid: 'labrunner@pve', password: s.runnerPassword, totp: null, recovery: null, privs: new Set(LAB_RUNNER) }],
    ['observer@pve', { userid: 'observer@pve', password: 'observer-pass', totp: null, recovery: null, privs: new Set(AUDITOR) }],
    [s.tfaUser, { userid: s.tfaUser, password: s.tfaPassword, totp: s.tfaCode, recovery: s.tfaRecovery, privs: new Set(LAB_RUNNER) }],
    [s.yubicoUser, { userid: s.yubicoUser, password: s.yubicoPassword, totp: null, recovery: null, yubico: s.yubicoOtp, privs: new Set(LAB_RUNNER) }],
    [s.u2fUser, { userid: s.u2fUser, password: s.u2fPassword, totp: null, recovery: null, u2f: true, privs: new Set(LAB_RUNNER) }],
  ]);
  const tokens = new Map<string, TokenAccount>([
    [s.runnerToken, { tokenid: s.runnerToken, secret: s.runnerSecret, privsep: true, privs: new Set(LAB_RUNNER) }],
    [s.observerToken, { tokenid: s.observerToken, secret: s.observerSecret, privsep: true, privs: new Set(AUDITOR) }],
    [s.freshToken, { tokenid: s.freshToken, secret: s.freshSecret, privsep: true, privs: new Set() }],
  ]);
  return { users, tokens };
}

const hex8 = (epoch: number) => Math.floor(epoch).toString(16).toUpperCase().padStart(8, '0');

export class TicketSigner {
  private readonly key = randomBytes(32);

  private sign(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('base64');
  }

  /** `PVE:<user>:<HEX>::<sig>`; `subject` may be a TFA half-ticket subject. */
  ticket(subject: string, epoch: number): string {
    const plain = `PVE:${subject}:${hex8(epoch)}`;
    return `${plain}::${this.sign(plain)}`;
  }

  csrf(userid: string, epoch: number): string {
    const time = hex8(epoch);
    return `${time}:${this.sign(`${time}:${userid}`).replace(/=+$/, '')}`;
  }

  /** The subject and age (s) of a genuine ticket, or null. */
  verify(ticket: string, nowEpoch: number): { subject: string; age: number } | null {
    const match = /^(PVE:(.+):([0-9A-F]{8}))::(.+)$/.exec(ticket);
    if (!match || this.sign(match[1]) !== match[4]) return null;
    return { subject: match[2], age: nowEpoch - parseInt(match[3], 16) };
  }

  verifyCsrf(token: string | undefined, userid: string, nowEpoch: number): boolean {
    const match = token ? /^([0-9A-F]{8}):(.+)$/.exec(token) : null;
    if (!match) return false;
    const age = nowEpoch - parseInt(match[1], 16);
    return age >= -300 && age < 7200 && this.sign(`${match[1]}:${userid}`).replace(/=+$/, '') === match[2];
  }
}
