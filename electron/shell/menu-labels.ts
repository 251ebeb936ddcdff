import type { CatalogueEntry } from '../../core/catalogue';
import type { Language } from '../../core/language';

// Every text of the native menu and the About box, in both languages. Indonesian follows the
// words the app's pages already use (berkas, tangkapan, sesi) and Windows' own Indonesian menus.

export const MENU_LABELS = {
  file: { en: '&File', id: '&Berkas' },
  openCapture: { en: 'Open Capture…', id: 'Buka Tangkapan…' },
  openSession: { en: 'Open Session…', id: 'Buka Sesi…' },
  recent: { en: 'Open Recent', id: 'Buka Terakhir' },
  recentEmpty: { en: 'No recent files', id: 'Belum ada berkas terakhir' },
  clearRecent: { en: 'Clear Recent', id: 'Kosongkan Daftar' },
  save: { en: 'Save', id: 'Simpan' },
  saveAs: { en: 'Save As…', id: 'Simpan Sebagai…' },
  print: { en: 'Print / Save as PDF…', id: 'Cetak / Simpan sebagai PDF…' },
  exit: { en: 'Exit', id: 'Keluar' },
  quit: { en: 'Quit ProxLab', id: 'Keluar dari ProxLab' },
  edit: { en: '&Edit', id: '&Sunting' },
  undo: { en: 'Undo', id: 'Urungkan' },
  redo: { en: 'Redo', id: 'Ulangi' },
  cut: { en: 'Cut', id: 'Potong' },
  copy: { en: 'Copy', id: 'Salin' },
  paste: { en: 'Paste', id: 'Tempel' },
  selectAll: { en: 'Select All', id: 'Pilih Semua' },
  view: { en: '&View', id: '&Tampilan' },
  zoomIn: { en: 'Zoom In', id: 'Perbesar' },
  zoomOut: { en: 'Zoom Out', id: 'Perkecil' },
  resetZoom: { en: 'Actual Size', id: 'Ukuran Asli' },
  fullScreen: { en: 'Full Screen', id: 'Layar Penuh' },
  devTools: { en: 'Developer Tools', id: 'Alat Pengembang' },
  window: { en: '&Window', id: '&Jendela' },
  minimize: { en: 'Minimize', id: 'Minimalkan' },
  close: { en: 'Close Window', id: 'Tutup Jendela' },
  help: { en: '&Help', id: 'Ba&ntuan' },
  userGuide: { en: 'User Guide', id: 'Panduan Pengguna' },
  logFolder: { en: 'Open Log Folder', id: 'Buka Folder Log' },
  about: { en: 'About ProxLab', id: 'Tentang ProxLab' },
  hide: { en: 'Hide ProxLab', id: 'Sembunyikan ProxLab' },
  hideOthers: { en: 'Hide Others', id: 'Sembunyikan Lainnya' },
  unhide: { en: 'Show All', id: 'Tampilkan Semua' },
} as const satisfies Record<string, CatalogueEntry>;

export type MenuLabel = keyof typeof MENU_LABELS;

export const menuText = (key: MenuLabel, language: Language): string => MENU_LABELS[key][language];

export interface AboutFacts {
  version: string;
  electron: string;
  chrome: string;
  node: string;
  platform: string;
  arch: string;
}

export interface AboutBox {
  title: string;
  message: string;
  detail: string;
}

/** The About box: what a lecturer needs to tell a student's copy apart when something differs. */
export function aboutBox(language: Language, facts: AboutFacts): AboutBox {
  const lines =
    language === 'id'
      ? [
          `Versi ${facts.version}`,
          `Electron ${facts.electron} · Chromium ${facts.chrome} · Node.js ${facts.node}`,
          `Sistem: ${facts.platform} ${facts.arch}`,
          '',
          'Pendamping praktikum virtualisasi: Proxmox VE dan QoS dari tangkapan Wireshark.',
        ]
      : [
          `Version ${facts.version}`,
          `Electron ${facts.electron} · Chromium ${facts.chrome} · Node.js ${facts.node}`,
          `System: ${facts.platform} ${facts.arch}`,
          '',
          'Virtualization lab companion: Proxmox VE and QoS from Wireshark captures.',
        ];
  return { title: menuText('about', language), message: 'ProxLab', detail: lines.join('\n') };
}
