import type { CatalogueEntry } from '../catalogue';

// The session lock's message, shared by the command line and the page (no runtime imports: the
// renderer bundles it).

export const sessionLockMessages = {
  'sessionLock.inUse': {
    en: '{{file}} is in use by {{program}} (pid {{pid}} on {{host}} since {{since}}). Close it there or let its run finish, then try again. If no such program is running, delete {{lock}}.',
    id: '{{file}} sedang dipakai oleh {{program}} (pid {{pid}} di {{host}} sejak {{since}}). Tutup di sana atau tunggu percobaannya selesai, lalu coba lagi. Jika program itu tidak berjalan, hapus {{lock}}.',
  },
} as const satisfies Record<string, CatalogueEntry>;
