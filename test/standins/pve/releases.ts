// Release profiles of the stand-in: the shape differences of docs/proxmox.md §Releases that a client must
// absorb, for the releases the issue names.

export type ReleaseName = '5.4' | '6.4' | '7.4' | '8.3' | '8.4' | '9.1';
export const RELEASES: ReleaseName[] = ['5.4', '6.4', '7.4', '8.3', '8.4', '9.1'];
/** The release the stand-in answers as unless told otherwise: the recorded fixtures'. */
export const DEFAULT_RELEASE: ReleaseName = '8.4';

export interface ReleaseProfile {
  name: ReleaseName;
  /** The /version answer. */
  version: Record<string, string>;
  pveversion: string;
  tokens: boolean;
  /** 'old': NeedTFA + POST /access/tfa; 'opt-in': new flow only with new-format=1; 'new': always. */
  tfa: 'old' | 'opt-in' | 'new';
  /** `new-format` is an unknown parameter before 7.x (→ 400). */
  knowsNewFormat: boolean;
  qemuVmidString: boolean;
  lxcVmidString: boolean;
  /** ≤ 6.x: QEMU pid as a string, null when stopped; LXC status/current ids and sizes as strings. */
  oldStrings: boolean;
  templateEmptyString: boolean;
  hvmNumber: boolean;
  cores: boolean;
  /** PVE 8.4 changed memory.used to total − MemAvailable (and free to raw MemFree). */
  memAvailableUsed: boolean;
  memoryAvailableField: boolean;
  bootInfo: boolean;
  /** libpve-http-server ≥ 5.2: errors carry "message" in the JSON body. */
  errorMessage: boolean;
  pve9: boolean;
  /** GET /access/permissions (libpve-access-control 6.0-6, PVE 6.2); 501 before. */
  permissionsApi: boolean;
}

const base = {
  tokens: true,
  tfa: 'new',
  knowsNewFormat: true,
  qemuVmidString: false,
  lxcVmidString: false,
  oldStrings: false,
  templateEmptyString: false,
  hvmNumber: false,
  cores: true,
  memAvailableUsed: false,
  memoryAvailableField: false,
  bootInfo: true,
  errorMessage: false,
  pve9: false,
  permissionsApi: true,
} as const;

export const releaseProfiles: Record<ReleaseName, ReleaseProfile> = {
  '5.4': {
    ...base,
    name: '5.4',
    version: { version: '5.4', release: '15', repoid: 'd0ec33c6', keyboard: 'en-us' },
    pveversion: 'pve-manager/5.4-15/d0ec33c6',
    tokens: false,
    tfa: 'old',
    knowsNewFormat: false,
    qemuVmidString: true,
    lxcVmidString: true,
    oldStrings: true,
    templateEmptyString: true,
    hvmNumber: true,
    cores: false,
    bootInfo: false,
    permissionsApi: false,
  },
  '6.4': {
    ...base,
    name: '6.4',
    version: { version: '6.4-13', release: '6.4', repoid: '9f411e79', keyboard: 'en-us' },
    pveversion: 'pve-manager/6.4-13/9f411e79',
    tfa: 'old',
    knowsNewFormat: false,
    qemuVmidString: true,
    lxcVmidString: true,
    oldStrings: true,
    templateEmptyString: true,
    bootInfo: false,
  },
  '7.4': {
    ...base,
    name: '7.4',
    version: { version: '7.4-16', release: '7.4', repoid: '0f39f621' },
    pveversion: 'pve-manager/7.4-16/0f39f621',
    tfa: 'opt-in',
    lxcVmidString: true,
    bootInfo: false,
  },
  '8.3': {
    ...base,
    name: '8.3',
    version: { version: '8.3.5', release: '8.3', repoid: 'dac3aa88bac3f300' },
    pveversion: 'pve-manager/8.3.5/dac3aa88bac3f300',
    errorMessage: true,
  },
  '8.4': {
    ...base,
    name: '8.4',
    version: { version: '8.4.14', release: '8.4', repoid: 'b502d23c55afcba1' },
    pveversion: 'pve-manager/8.4.14/b502d23c55afcba1',
    memAvailableUsed: true,
    errorMessage: true,
  },
  '9.1': {
    ...base,
    name: '9.1',
    version: { version: '9.1.2', release: '9.1', repoid: '9d436f37a0ac4172' },
    pveversion: 'pve-manager/9.1.2/9d436f37a0ac4172',
    memAvailableUsed: true,
    memoryAvailableField: true,
    errorMessage: true,
    pve9: true,
  },
};
