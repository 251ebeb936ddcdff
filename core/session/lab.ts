// The lab as the student measured it, as the session keeps it: the shape both sides use. The
// session's schema (lab-schema.ts) reads old and new files into exactly this. A
// figure nobody recorded is null. Type aliases rather than interfaces, so that lab filling can
// read them as records of fields.

export type LabNode = {
  name: string | null;
  cpuModel: string | null;
  cores: number | null;
  sockets: number | null;
  coresPerSocket: number | null;
  memoryBytes: number | null;
  diskBytes: number | null;
  pveVersion: string | null;
  kernel: string | null;
};

export type LabGuest = {
  vmid: number | null;
  name: string;
  type: 'qemu' | 'lxc' | null;
  os: string | null;
  osType: string | null;
  vcpus: number | null;
  sockets: number | null;
  memoryBytes: number | null;
  diskBytes: number | null;
  service: string | null;
};

export type Lab = {
  node: LabNode;
  guests: LabGuest[];
};
