// UPID: PVE's task id (docs/proxmox.md §Tasks):
// UPID:<node>:<pid 8 hex>:<pstart 8-9 hex>:<starttime 8 hex>:<type>:<id>:<user>:

const UPID = /^UPID:([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?):([0-9A-Fa-f]{8}):([0-9A-Fa-f]{8,9}):([0-9A-Fa-f]{8}):([^:\s/]+):([^:\s/]*):([^:\s/]+):$/;

export interface Upid {
  upid: string;
  /** The node that runs the task: its status is asked there. */
  node: string;
  pid: number;
  pstart: number;
  /** UNIX seconds. */
  startTime: number;
  type: string;
  /** Guest id or "". */
  id: string;
  /** user@realm, or user@realm!token for a token. */
  user: string;
  tokenId: string | null;
}

export function parseUpid(text: string): Upid | null {
  const match = UPID.exec(text);
  if (!match) return null;
  const user = match[8];
  const bang = user.indexOf('!');
  return {
    upid: text,
    node: match[1],
    pid: parseInt(match[3], 16),
    pstart: parseInt(match[4], 16),
    startTime: parseInt(match[5], 16),
    type: match[6],
    id: match[7],
    user: bang === -1 ? user : user.slice(0, bang),
    tokenId: bang === -1 ? null : user.slice(bang + 1),
  };
}

const hex = (value: number, width: number) => value.toString(16).toUpperCase().padStart(width, '0');

export function formatUpid(parts: Omit<Upid, 'upid' | 'user' | 'tokenId'> & { user: string }): string {
  return `UPID:${parts.node}:${hex(parts.pid, 8)}:${hex(parts.pstart, 8)}:${hex(parts.startTime, 8)}:${parts.type}:${parts.id}:${parts.user}:`;
}
