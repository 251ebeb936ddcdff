import type { CatalogueEntry } from '../catalogue';

// Why a session file could not be opened or saved, for the page and the command line.

export const sessionMessages = {
  'session.error.unreadable': {
    en: 'The session file cannot be read. Choose another .proxlab file.',
    id: 'Berkas sesi tidak dapat dibaca. Pilih berkas .proxlab lain.',
  },
  'session.error.notSession': {
    en: 'This file is not a ProxLab session. Choose a .proxlab file.',
    id: 'Berkas ini bukan sesi ProxLab. Pilih berkas .proxlab.',
  },
  'session.error.newer': {
    en: 'This session was made by a newer ProxLab. Update ProxLab to open it.',
    id: 'Sesi ini dibuat ProxLab versi lebih baru. Perbarui ProxLab untuk membukanya.',
  },
  'session.error.unwritable': {
    en: 'The session could not be saved to that file. Choose another folder, then save again.',
    id: 'Sesi tidak dapat disimpan ke berkas itu. Pilih folder lain, lalu simpan lagi.',
  },
} as const satisfies Record<string, CatalogueEntry>;
