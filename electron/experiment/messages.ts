import { fillTemplate, type CatalogueEntry } from '../catalogue';
import { asProxmoxError } from '../proxmox/errors';

// What the Experiment page can be told went wrong, in both languages, each with what to do next.

export const experimentMessages = {
  'experiment.error.busy': {
    en: 'An experiment is already running. Pause or abort it before starting another.',
    id: 'Masih ada percobaan yang berjalan. Jeda atau hentikan dulu sebelum memulai yang baru.',
  },
  'experiment.error.changed': {
    en: 'The guests on {{node}} changed after you confirmed. Check the new list of actions and confirm again.',
    id: 'Guest di {{node}} berubah setelah Anda mengonfirmasi. Periksa lagi daftar tindakan yang baru, lalu konfirmasi ulang.',
  },
  'experiment.error.missingGuests': {
    en: 'Guest {{list}} is not on node {{node}}. Remove it from the plan or check the node name.',
    id: 'Guest {{list}} tidak ada di node {{node}}. Hapus dari rencana atau periksa nama node-nya.',
  },
  'experiment.error.noProfile': {
    en: 'The connection "{{id}}" is not saved any more. Choose another one, or add it on the Connect page.',
    id: 'Koneksi "{{id}}" sudah tidak tersimpan. Pilih koneksi lain, atau tambahkan di halaman Koneksi.',
  },
  'experiment.error.nothingToResume': {
    en: 'There is no interrupted run to resume. Start a new run instead.',
    id: 'Tidak ada percobaan terputus yang bisa dilanjutkan. Mulai percobaan baru saja.',
  },
  'experiment.error.notRunning': {
    en: 'No experiment is running right now.',
    id: 'Saat ini tidak ada percobaan yang berjalan.',
  },
  'experiment.error.notManual': {
    en: 'Snapshots are taken in manual mode. Begin a manual run first.',
    id: 'Snapshot hanya bisa diambil pada mode manual. Mulai percobaan manual terlebih dahulu.',
  },
  'experiment.error.nothingToExport': {
    en: 'There are no results to export yet. Run an experiment or open a session first.',
    id: 'Belum ada hasil untuk diekspor. Jalankan percobaan atau buka sesi terlebih dahulu.',
  },
  'experiment.cli.interrupted': {
    en: 'The run was interrupted; every sample taken so far is saved. Continue it with: proxlab experiment resume --session {{session}}',
    id: 'Percobaan terputus; semua sampel yang sudah diambil tersimpan. Lanjutkan dengan: proxlab experiment resume --session {{session}}',
  },
  'experiment.error.invalidPlan': {
    en: 'The plan is not complete: {{detail}}. Correct the marked fields.',
    id: 'Rencana belum lengkap: {{detail}}. Perbaiki isian yang ditandai.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type ExperimentMessageKey = keyof typeof experimentMessages;

/** A failure the page shows inline, already in both languages. */
export interface ExperimentProblem {
  en: string;
  id: string;
}

export class ExperimentError extends Error {
  constructor(
    readonly key: ExperimentMessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(fillTemplate(experimentMessages[key].en, params));
    this.name = 'ExperimentError';
  }

  problem(): ExperimentProblem {
    return { en: this.message, id: fillTemplate(experimentMessages[this.key].id, this.params) };
  }
}

export function problemOf(error: unknown): ExperimentProblem {
  if (error instanceof ExperimentError) return error.problem();
  const proxmox = asProxmoxError(error);
  if (proxmox) return { en: proxmox.text('en'), id: proxmox.text('id') };
  const text = error instanceof Error ? error.message : String(error);
  return { en: text, id: text };
}
