import type { Translate } from './text';

// PVE's `ostype` values: a VM's tells its guest kernel family (PVE tunes the VM for it), a
// container's names the distribution PVE sets the container up for.

export const OS_TYPES = {
  qemu: ['l26', 'l24', 'win11', 'win10', 'win8', 'win7', 'wvista', 'w2k8', 'w2k3', 'wxp', 'w2k', 'solaris', 'other'],
  lxc: ['debian', 'devuan', 'ubuntu', 'centos', 'fedora', 'opensuse', 'archlinux', 'alpine', 'gentoo', 'nixos', 'unmanaged'],
} as const;

/** "l26" → "Linux 2.6+ kernel" in the reader's language; a value PVE added later shows as PVE wrote it. */
export function osTypeName(raw: string, t: Translate): string {
  return /^[a-z0-9]+$/.test(raw) ? t(`report.env.ostype.${raw}`, { defaultValue: raw }) : raw;
}
