import type { CatalogueEntry } from '../catalogue';

// What the Experiment page and `proxlab experiment` can be told went wrong, in both languages,
// each with what to do next.

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
  'experiment.error.baselineNeedsStop': {
    en: 'Guest {{list}} is running on {{node}}, but step 0 measures the node with no planned guest running and the plan says not to stop planned guests first. Shut it down yourself, or tick "Stop the planned guests first" and confirm again.',
    id: 'Guest {{list}} sedang menyala di {{node}}, padahal langkah 0 mengukur node tanpa satu pun guest rencana yang menyala, dan rencana meminta guest rencana tidak dihentikan dulu. Matikan sendiri guest itu, atau centang "Matikan dulu guest yang direncanakan" lalu konfirmasi ulang.',
  },
  'experiment.error.unconfirmedStart': {
    en: 'Guest {{vmid}} on {{node}} would have to be started, which is not in the list of actions you confirmed (the node changed during the run). Nothing was done to it; check the node and start a new run.',
    id: 'Guest {{vmid}} di {{node}} perlu dinyalakan, padahal itu tidak ada di daftar tindakan yang Anda konfirmasi (node berubah selama percobaan). Guest itu tidak disentuh; periksa node lalu mulai percobaan baru.',
  },
  'experiment.error.unconfirmedShutdown': {
    en: 'Guest {{vmid}} on {{node}} would have to be shut down, which is not in the list of actions you confirmed (the node changed during the run). Nothing was done to it; check the node and start a new run.',
    id: 'Guest {{vmid}} di {{node}} perlu dimatikan, padahal itu tidak ada di daftar tindakan yang Anda konfirmasi (node berubah selama percobaan). Guest itu tidak disentuh; periksa node lalu mulai percobaan baru.',
  },
  'experiment.error.saveFailed': {
    en: 'The run stopped because the session file could not be written ({{reason}}). Every sample saved before is kept in it; save the session somewhere you can write to and run again.',
    id: 'Percobaan berhenti karena berkas sesi tidak dapat ditulis ({{reason}}). Semua sampel yang sudah tersimpan tetap ada di dalamnya; simpan sesi di tempat yang bisa ditulisi lalu jalankan lagi.',
  },
  'experiment.error.saveFailedRestored': {
    en: 'The run stopped because the session file could not be written ({{reason}}), and the guests were put back as they were before the run. Every sample saved before is kept; save the session somewhere you can write to and run again.',
    id: 'Percobaan berhenti karena berkas sesi tidak dapat ditulis ({{reason}}), dan guest dikembalikan seperti sebelum percobaan. Semua sampel yang sudah tersimpan tetap ada; simpan sesi di tempat yang bisa ditulisi lalu jalankan lagi.',
  },
  'experiment.error.unexpected': {
    en: 'The experiment stopped on an unexpected error ({{reason}}). Nothing more was done; check the connection and try again.',
    id: 'Percobaan berhenti karena galat tak terduga ({{reason}}). Tidak ada lagi yang dikerjakan; periksa koneksi lalu coba lagi.',
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
