import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// build/installer.nsh: captures are offered as "Open with ProxLab" and claimed only when no
// program holds the extension. makensis (Debian's nsis) compiles it inside a small installer
// with the names electron-builder's templates define ($appExe, APP_EXECUTABLE_FILENAME).

const script = readFileSync('build/installer.nsh', 'utf8');
const makensis = spawnSync('makensis', ['-VERSION'], { encoding: 'utf8' });
const haveMakensis = makensis.status === 0;
if (!haveMakensis) {
  const message = 'makensis is not installed: the NSIS compile check is skipped (apt-get install nsis).';
  if (process.env.PROXLAB_REQUIRE_NSIS === '1') throw new Error(message);
  process.stderr.write(`${message}\n`);
}

const work = mkdtempSync(path.join(tmpdir(), 'proxlab-nsis-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The macro calls of a macro body, as [name, ...arguments]. */
function callsIn(macro: string): string[][] {
  const body = script.split(`!macro ${macro}\n`)[1]?.split('!macroend')[0] ?? '';
  return [...body.matchAll(/!insertmacro (\w+) (.+)/g)].map(([, name, args]) => [name, ...args.split(' ').map((a) => a.replaceAll('"', ''))]);
}

describe('build/installer.nsh', () => {
  it('offers .pcap .pcapng .cap and .gz, and may claim only the first three', () => {
    expect(callsIn('customInstall')).toEqual([
      ['proxlabOfferCapture', 'pcap', 'claim'],
      ['proxlabOfferCapture', 'pcapng', 'claim'],
      ['proxlabOfferCapture', 'cap', 'claim'],
      ['proxlabOfferCapture', 'gz', 'offer'],
    ]);
    expect(callsIn('customUnInstall')).toEqual(['pcap', 'pcapng', 'cap', 'gz'].map((ext) => ['proxlabWithdrawCapture', ext]));
  });

  it('claims an extension only after reading that nobody holds it', () => {
    const offer = script.split('!macro proxlabOfferCapture')[1].split('!macroend')[0];
    const read = offer.indexOf('ReadRegStr $0 HKCR ".${EXT}" ""');
    const guard = offer.indexOf('${if} $0 == ""');
    const claim = offer.indexOf('WriteRegStr SHELL_CONTEXT "Software\\Classes\\.${EXT}" ""');
    expect(read).toBeGreaterThan(-1);
    expect(guard).toBeGreaterThan(read);
    expect(claim).toBeGreaterThan(guard);
    // Everything else the offer writes is beside the default, never the default itself.
    expect(offer).toContain('OpenWithProgids');
  });

  it.skipIf(!haveMakensis)('compiles with makensis, warnings treated as errors', () => {
    const wrapper = path.join(work, 'check.nsi');
    writeFileSync(
      wrapper,
      [
        'Unicode true',
        '!include LogicLib.nsh',
        '!define APP_EXECUTABLE_FILENAME "ProxLab.exe"',
        `OutFile "${path.join(work, 'check.exe')}"`,
        'RequestExecutionLevel user',
        'Var appExe',
        `!include "${path.resolve('build/installer.nsh')}"`,
        'Section',
        '  StrCpy $appExe "$INSTDIR\\${APP_EXECUTABLE_FILENAME}"',
        '  !insertmacro customInstall',
        '  WriteUninstaller "$INSTDIR\\uninstall.exe"',
        'SectionEnd',
        'Section "Uninstall"',
        '  !insertmacro customUnInstall',
        'SectionEnd',
        '',
      ].join('\n'),
    );
    const result = spawnSync('makensis', ['-V2', '-WX', wrapper], { encoding: 'utf8' });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });
});
