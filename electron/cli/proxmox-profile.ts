import type { Cipher } from '../session/secrets';
import type { ConnectionProfile } from '../proxmox/profiles';
import type { ProxmoxService } from '../proxmox/service';
import { proxmoxService } from '../app-services';
import type { CliConnection } from './proxmox-connection';
import { cliServices } from './services';

// The command's connection as the app's ProxmoxService knows connections: one profile, made
// from --host, TRUST and AUTH and the secrets in the environment, kept in memory for the run.

/** The command's one profile. */
export const CLI_PROFILE = 'cli';

/** The secret came from this process's environment and stays in its memory: there is nothing to seal it against. */
const unsealed: Cipher = {
  isAvailable: () => true,
  encrypt: (plain) => Buffer.from(plain, 'utf8'),
  decrypt: (sealed) => sealed.toString('utf8'),
};

/** The profile and its secret for the connection the command line names. */
function profileOf({ host, target, trust, auth }: CliConnection): { profile: ConnectionProfile; secret: string } {
  const { credentials } = auth;
  if (credentials.kind === 'token') {
    return {
      profile: { id: CLI_PROFILE, name: host, ...target, node: null, auth: { kind: 'token', tokenId: credentials.tokenId }, trust },
      secret: credentials.secret,
    };
  }
  // --user is USER@REALM, which the login sends as it is; the profile's realm is only a record of it.
  const realm = credentials.username.slice(credentials.username.lastIndexOf('@') + 1) || 'pam';
  return {
    profile: { id: CLI_PROFILE, name: host, ...target, node: null, auth: { kind: 'password', username: credentials.username, realm }, trust },
    secret: credentials.password,
  };
}

/** ProxmoxService over the command's connection, as CLI_PROFILE; `otp` answers the login's second factor. */
export async function proxmoxFor(connection: CliConnection, otp: string | null): Promise<ProxmoxService> {
  const { memoryProfilesStore } = await import('../proxmox/profiles');
  const proxmox = await proxmoxService(cliServices({ profiles: { store: memoryProfilesStore(), cipher: unsealed } }));
  const { profile, secret } = profileOf(connection);
  proxmox.saveProfile(profile, secret);
  if (otp) proxmox.answerSecondFactor(CLI_PROFILE, otp);
  return proxmox;
}
