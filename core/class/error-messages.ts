import type { CatalogueEntry } from '../catalogue';

// Why a class folder or a lab definition (.proxlab-class) could not be used, beyond what the
// file system says (core/files/messages.ts).

export const classErrorMessages = {
  'class.error.tooManyFiles': {
    en: '{{folder}} holds more than {{limit}} files, more than any class hands in. Choose the folder of one class.',
    id: '{{folder}} berisi lebih dari {{limit}} berkas, lebih banyak daripada hasil kerja satu kelas. Pilih folder satu kelas.',
  },
  'class.error.labNotJson': {
    en: '{{file}} is not a lab definition: it is not JSON. Choose a .proxlab-class file.',
    id: '{{file}} bukan definisi praktikum: isinya bukan JSON. Pilih berkas .proxlab-class.',
  },
  'class.error.labInvalid': {
    en: '{{file}} is not a valid lab definition: {{field}}: {{issue}}. Correct it, or choose another .proxlab-class file.',
    id: '{{file}} bukan definisi praktikum yang sah: {{field}}: {{issue}}. Perbaiki, atau pilih berkas .proxlab-class lain.',
  },
} as const satisfies Record<string, CatalogueEntry>;
