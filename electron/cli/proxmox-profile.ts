import type { Cipher } from '../session/secrets';
import type { ConnectionProfile } from '../proxmox/profiles';
import { ProxmoxError } from '../proxmox/errors';
import type { ProxmoxService } from '../proxmox/service';
import type { CertificateInfo } from '../proxmox/tls';
import type { Language } from '../../core/language';
import type { CommandAdapters } from './services';
import type { CliIo } from './io';
import { proxmoxRefusal, secondFactorFrom, type CliConnection, type ConnectionValues } from './proxmox-connection';

// The command's connection as the app's ProxmoxService knows connections: one profile, made
// from --host, TRUST and AUTH and the secrets in the environment, kept in memory for the run.
// Its certificate is settled as the Connect page settles one: offered, then pinned when the
// user's fingerprint is the one the server presents.

/** The command's one profile. */
export const CLI_PROFILE = 'cli';

/** The secret came from this process's environment and stays in its memory: there is nothing to seal it against. */
const unsealed: Cipher = {
  isAvailable: () => true,
  encrypt: (plain) => Buffer.from(plain, 'utf8'),
  decrypt: (sealed) => sealed.toString('utf8'),
};

/** What a command that talks to Proxmox VE hands its composition: profiles kept in memory, the second factor from --otp-env. */
export async function proxmoxAdapters(values: ConnectionValues, env: NodeJS.ProcessEnv): Promise<Pick<CommandAdapters, 'profiles' | 'secondFactor'>> {
  const { memoryProfilesStore } = await import('../proxmox/profiles');
  return { profiles: { store: memoryProfilesStore(), cipher: unsealed }, secondFactor: secondFactorFrom(values, env) };
}

/** The profile and its secret for the connection the command line names, trusting a --ca at once and a --fingerprint once pinned. */
function profileOf({ host, target, trust, auth }: CliConnection): { profile: ConnectionProfile; secret: string } {
  const base = { id: CLI_PROFILE, name: host, ...target, node: null, trust: trust?.kind === 'ca' ? trust : null };
  if (auth.kind === 'token') return { profile: { ...base, auth: { kind: 'token', tokenId: auth.tokenId } }, secret: auth.secret };
  // --user is USER@REALM, which the login sends as it is; the profile's realm is only a record of it.
  const realm = auth.username.slice(auth.username.lastIndexOf('@') + 1) || 'pam';
  return { profile: { ...base, auth: { kind: 'password', username: auth.username, realm } }, secret: auth.password };
}

function certificateText(info: CertificateInfo, lang: Language): string {
  const label =
    lang === 'id'
      ? { fp: 'Sidik jari SHA-256', subject: 'Subjek', issuer: 'Penerbit', valid: 'Berlaku' }
      : { fp: 'SHA-256 fingerprint', subject: 'Subject', issuer: 'Issuer', valid: 'Valid' };
  return `${label.fp}: ${info.fingerprint256}\n${label.subject}: ${info.subject}\n${label.issuer}: ${info.issuer}\n${label.valid}: ${info.validFrom} — ${info.validTo}\n`;
}

/**
 * Makes the command's connection ProxmoxService's CLI_PROFILE. Without TRUST the certificate
 * the server presents is shown and the command exits 3; a --fingerprint is pinned only when
 * the server presents that certificate, which every connection then checks again. Null when
 * the profile is ready, else the exit code after telling the user why.
 */
export async function openProfile(
  proxmox: ProxmoxService,
  connection: CliConnection,
  io: CliIo,
  lang: Language,
  command: string,
  json: boolean,
): Promise<number | null> {
  const { profile, secret } = profileOf(connection);
  proxmox.saveProfile(profile, secret);
  const { trust, host, target } = connection;
  try {
    if (trust?.kind === 'fingerprint') await proxmox.pinCertificate(CLI_PROFILE, trust.fingerprint);
    if (trust) return null;
    const { whereToCheck, ...presented } = await proxmox.offerCertificate(target.host, target.port);
    if (json) io.stdout(`${JSON.stringify({ schema: 'proxlab.certificate/1', host, trusted: false, ...presented }, null, 2)}\n`);
    else io.stdout(certificateText(presented, lang));
    const exit = proxmoxRefusal(new ProxmoxError('tls-untrusted', { host, presented: presented.fingerprint256 }), io, command, lang);
    io.stderr(`${whereToCheck[lang]}\n`);
    return exit;
  } catch (error) {
    return proxmoxRefusal(error, io, command, lang);
  }
}
