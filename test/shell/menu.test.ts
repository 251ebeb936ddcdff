import { describe, expect, it } from 'vitest';
import { buildMenu, menuActions, recentLabel, type MenuItemSpec, type MenuOptions } from '../../electron/shell/menu';
import { MENU_LABELS, aboutBox } from '../../electron/shell/menu-labels';

// The native menu as data, read the way a user reads it: top-level titles, the items under
// each, their shortcuts and what they do.

const options = (over: Partial<MenuOptions> = {}): MenuOptions => ({ language: 'id', platform: 'win32', recent: [], developer: false, ...over });

const titles = (menu: MenuItemSpec[]) => menu.map((item) => item.label);
const labels = (item: MenuItemSpec | undefined) => (item?.submenu ?? []).map((child) => child.label ?? '—');
const find = (menu: MenuItemSpec[], label: string) => menu.find((item) => item.label === label);
/** Every accelerator in the menu with the label it belongs to. */
function accelerators(items: MenuItemSpec[]): Array<[string, string]> {
  return items.flatMap((item) => [
    ...(item.accelerator ? [[item.accelerator, item.label ?? ''] as [string, string]] : []),
    ...accelerators(item.submenu ?? []),
  ]);
}

describe('the menu on Windows', () => {
  it('reads in Bahasa Indonesia with Alt access keys', () => {
    const menu = buildMenu(options());
    expect(titles(menu)).toEqual(['&Berkas', '&Sunting', '&Tampilan', 'Ba&ntuan']);
    expect(labels(menu[0])).toEqual([
      'Buka Tangkapan…',
      'Buka Sesi…',
      'Buka Terakhir',
      '—',
      'Simpan',
      'Simpan Sebagai…',
      '—',
      'Cetak / Simpan sebagai PDF…',
      '—',
      'Keluar',
    ]);
    expect(labels(menu[2])).toEqual(['Perbesar', 'Perkecil', 'Ukuran Asli', '—', 'Layar Penuh']);
    expect(labels(menu[3])).toEqual(['Panduan Pengguna', 'Buka Folder Log', '—', 'Tentang ProxLab']);
  });

  it('reads in English', () => {
    const menu = buildMenu(options({ language: 'en' }));
    expect(titles(menu)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels(menu[0])).toEqual(['Open Capture…', 'Open Session…', 'Open Recent', '—', 'Save', 'Save As…', '—', 'Print / Save as PDF…', '—', 'Exit']);
    expect(labels(menu[1])).toEqual(['Undo', 'Redo', '—', 'Cut', 'Copy', 'Paste', 'Select All']);
    expect(labels(menu[3])).toEqual(['User Guide', 'Open Log Folder', '—', 'About ProxLab']);
  });

  it('gives the shortcuts Windows users expect, none twice', () => {
    const keys = accelerators(buildMenu(options({ language: 'en' })));
    expect(Object.fromEntries(keys.map(([key, label]) => [label, key]))).toEqual({
      'Open Capture…': 'CmdOrCtrl+O',
      'Open Session…': 'CmdOrCtrl+Shift+O',
      Save: 'CmdOrCtrl+S',
      'Save As…': 'CmdOrCtrl+Shift+S',
      'Print / Save as PDF…': 'CmdOrCtrl+P',
      Exit: 'Alt+F4',
      Undo: 'CmdOrCtrl+Z',
      Redo: 'Ctrl+Y',
      Cut: 'CmdOrCtrl+X',
      Copy: 'CmdOrCtrl+C',
      Paste: 'CmdOrCtrl+V',
      'Select All': 'CmdOrCtrl+A',
      'Zoom In': 'CmdOrCtrl+Plus',
      'Zoom Out': 'CmdOrCtrl+-',
      'Actual Size': 'CmdOrCtrl+0',
      'Full Screen': 'F11',
      'User Guide': 'F1',
    });
    expect(new Set(keys.map(([key]) => key)).size).toBe(keys.length);
  });

  it('leaves Ctrl+O to the page, which handles it in the browser too, so it never fires twice', () => {
    const open = buildMenu(options())
      .flatMap((item) => item.submenu ?? [])
      .find((item) => item.action?.kind === 'page' && item.action.command === 'openCapture');
    expect(open).toMatchObject({ accelerator: 'CmdOrCtrl+O', registerAccelerator: false });
  });

  it('sends each page command once and keeps quit, zoom and editing to Electron roles', () => {
    const actions = menuActions(buildMenu(options()));
    expect(actions.filter(({ action }) => action.kind === 'page').map(({ action }) => (action.kind === 'page' ? action.command : ''))).toEqual([
      'openCapture',
      'openSession',
      'save',
      'saveAs',
      'print',
    ]);
    expect(actions.filter(({ action }) => action.kind === 'main').map(({ action }) => (action.kind === 'main' ? action.command : ''))).toEqual([
      'userGuide',
      'openLogFolder',
      'about',
    ]);
    const file = buildMenu(options()).find((item) => item.label === '&Berkas')!;
    expect(file.submenu!.at(-1)).toMatchObject({ role: 'quit' });
  });
});

describe('Open Recent', () => {
  it('is a disabled line when there is nothing yet', () => {
    const recent = find(buildMenu(options()).at(0)!.submenu!, 'Buka Terakhir');
    expect(recent?.submenu).toEqual([{ label: 'Belum ada berkas terakhir', enabled: false }]);
  });

  it('lists the files newest first, each opening its own path, then Clear', () => {
    const files = ['C:\\Users\\siti\\Praktikum\\http_espn.pcapng', '/home/budi/tangkapan/voip & rtp.pcap'];
    const recent = find(buildMenu(options({ recent: files, language: 'en' })).at(0)!.submenu!, 'Open Recent')!;
    expect(recent.submenu).toEqual([
      { label: 'http_espn.pcapng — C:\\Users\\siti\\Praktikum', action: { kind: 'openRecent', path: files[0] } },
      { label: 'voip && rtp.pcap — /home/budi/tangkapan', action: { kind: 'openRecent', path: files[1] } },
      { type: 'separator' },
      { label: 'Clear Recent', action: { kind: 'main', command: 'clearRecent' } },
    ]);
  });

  it('shortens a long folder from the left and keeps the file name whole', () => {
    const folder = 'C:\\Users\\mahasiswa\\Documents\\Kuliah\\Semester 5\\Virtualisasi\\Minggu 07';
    expect(recentLabel(`${folder}\\cap.pcap`)).toBe(`cap.pcap — …${folder.slice(-39)}`);
    expect(recentLabel(`${folder}\\cap.pcap`).length).toBe('cap.pcap — '.length + 40);
  });
});

describe('the menu on Linux and macOS', () => {
  it('Linux quits with Ctrl+Q and has no developer tools in a packaged app', () => {
    const menu = buildMenu(options({ platform: 'linux', language: 'en' }));
    expect(menu[0].submenu!.at(-1)).toMatchObject({ label: 'Quit ProxLab', role: 'quit', accelerator: 'Ctrl+Q' });
    expect(labels(menu[2])).not.toContain('Developer Tools');
    expect(labels(buildMenu(options({ platform: 'linux', language: 'en', developer: true }))[2]).at(-1)).toBe('Developer Tools');
  });

  it('macOS has the app menu first, About and Quit in it, a Window menu and no access keys', () => {
    const menu = buildMenu(options({ platform: 'darwin' }));
    expect(titles(menu)).toEqual(['ProxLab', 'Berkas', 'Sunting', 'Tampilan', 'Jendela', 'Bantuan']);
    expect(labels(menu[0])).toEqual(['Tentang ProxLab', '—', 'Sembunyikan ProxLab', 'Sembunyikan Lainnya', 'Tampilkan Semua', '—', 'Keluar dari ProxLab']);
    expect(menu[0].submenu!.at(-1)).toMatchObject({ role: 'quit', accelerator: 'Cmd+Q' });
    expect(labels(menu[1])).not.toContain('Keluar');
    expect(labels(menu[5])).toEqual(['Panduan Pengguna', 'Buka Folder Log']);
  });
});

describe('the catalogue', () => {
  it('has no entry that no menu uses, in either language', () => {
    const shown = (items: MenuItemSpec[]): string[] => items.flatMap((item) => [item.label ?? '', ...shown(item.submenu ?? [])]);
    for (const language of ['id', 'en'] as const) {
      const seen = new Set(
        (['win32', 'linux', 'darwin'] as const).flatMap((platform) => [
          ...shown(buildMenu(options({ language, platform, developer: true }))),
          ...shown(buildMenu(options({ language, platform, recent: ['/tmp/a.pcap'] }))),
        ]),
      );
      const unused = Object.entries(MENU_LABELS)
        .filter(([, entry]) => !seen.has(entry[language]) && !seen.has(entry[language].replace('&', '')))
        .map(([key]) => key);
      expect(unused, language).toEqual([]);
    }
  });

  it('writes the About box in the user’s language', () => {
    const facts = { version: '0.1.0', electron: '45.4.1', chrome: '142.0.7444.59', node: '22.20.0', platform: 'win32', arch: 'x64' };
    expect(aboutBox('id', facts)).toEqual({
      title: 'Tentang ProxLab',
      message: 'ProxLab',
      detail:
        'Versi 0.1.0\nElectron 45.4.1 · Chromium 142.0.7444.59 · Node.js 22.20.0\nSistem: win32 x64\n\nPendamping praktikum virtualisasi: Proxmox VE dan QoS dari tangkapan Wireshark.',
    });
    expect(aboutBox('en', facts).detail.split('\n')[0]).toBe('Version 0.1.0');
  });
});
