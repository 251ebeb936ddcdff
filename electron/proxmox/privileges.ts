import type { ProxmoxClient } from './client';
import { permissions } from './cluster';
import { ProxmoxError } from './errors';

// Least privilege (docs/proxmox.md §Privileges). A privilege-separated token without its own ACL fails
// silently: lists come back empty instead of 403. Recognise that and say what to run.

export const OBSERVER_SETUP = `pveum user add observer@pve --comment "consolidation lab read-only"
pveum acl modify / --users observer@pve --roles PVEAuditor
pveum user token add observer@pve monitor --privsep 1
pveum acl modify / --tokens 'observer@pve!monitor' --roles PVEAuditor`;

export const RUNNER_SETUP = `pveum role add LabRunner --privs "VM.Audit VM.PowerMgmt Sys.Audit"
pveum user add labrunner@pve --comment "consolidation lab runner"
pveum acl modify / --users labrunner@pve --roles LabRunner
pveum user token add labrunner@pve experiment --privsep 1
pveum acl modify / --tokens 'labrunner@pve!experiment' --roles LabRunner
pveum user token permissions labrunner@pve experiment`;

/**
 * PVE 5.x has no tokens: a user with a password and ticket login. Its `pveum useradd` takes a
 * password only as a value on the command line (into the shell history); `pveum passwd` asks for it.
 */
export const RUNNER_SETUP_PVE5 = `pveum roleadd LabRunner -privs "VM.Audit VM.PowerMgmt Sys.Audit"
pveum useradd labrunner@pve -comment "consolidation lab runner"
pveum passwd labrunner@pve
pveum aclmod / -users labrunner@pve -roles LabRunner`;

export type Permissions = Record<string, Record<string, number>>;

/** Whether any ACL path grants a privilege (inherited paths included). */
export function holds(perms: Permissions, privilege: string): boolean {
  return Object.values(perms).some((privs) => privilege in privs);
}

/**
 * An empty guest list is only believable when the caller could have seen guests: with no
 * VM.Audit anywhere it is the silent failure of a token without ACLs, not an empty lab.
 */
export async function explainEmptyGuests(client: ProxmoxClient, guestCount: number, identity: string): Promise<ProxmoxError | null> {
  if (guestCount > 0) return null;
  const perms = await permissions(client);
  if (holds(perms, 'VM.Audit')) return null;
  return emptyWithoutAcl('guests', identity);
}

export function emptyWithoutAcl(what: string, identity: string): ProxmoxError {
  const tokenId = identity.includes('!') ? identity : `${identity}!TOKEN`;
  return new ProxmoxError('empty-without-acl', { what, auth: identity, tokenId });
}
