import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

// electron-builder.yml against electron-builder's own JSON schema (the one its CLI validates
// with), and the decisions of issue 7 read back from the file.

type Config = Record<string, unknown> & {
  fileAssociations: Array<{ ext: string | string[]; name?: string; rank?: string; role?: string }>;
  win: { target: Array<{ target: string }>; icon: string };
  nsis: Record<string, unknown>;
  linux: { target: string[]; icon: string; mimeTypes: string[] };
  mac: { target: string[]; icon: string; fileAssociations: Array<{ ext: string[]; rank: string }> };
  electronFuses: Record<string, boolean>;
  files: string[];
};

const config = load(readFileSync('electron-builder.yml', 'utf8')) as Config;
const schema = JSON.parse(readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('electron-builder.yml', () => {
  it('is valid against app-builder-lib/scheme.json', () => {
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the schema check catches a misspelt key and a wrong type', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, perMachin: true } })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'no' } })).toBe(false);
  });

  it('names the app and takes its version from package.json', () => {
    expect(config.appId).toBe('id.ac.proxlab.app');
    expect(config.productName).toBe('ProxLab');
    expect(config).not.toHaveProperty('buildVersion');
    expect(config).not.toHaveProperty('extraMetadata');
  });

  it('builds NSIS and portable on Windows, AppImage and deb on Linux, dmg on macOS', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect([config.win.icon, config.linux.icon, config.mac.icon]).toEqual(['assets/icon.ico', 'assets/icon.png', 'assets/icon.icns']);
  });

  it('installs per user by default and lets a lecturer choose all users', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true, include: 'build/installer.nsh' });
  });

  it('sets the six fuses of docs/architecture.md §Electron shell', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('owns .proxlab and offers captures only where that cannot take the default', () => {
    // Top-level associations become the default program on Windows (NSIS APP_ASSOCIATE writes
    // the extension's default value): only the session type belongs there.
    expect(config.fileAssociations.map((a) => a.ext)).toEqual(['proxlab']);
    expect(config.win).not.toHaveProperty('fileAssociations');
    expect(config.mac.fileAssociations).toEqual([expect.objectContaining({ ext: ['pcap', 'pcapng', 'cap', 'gz'], rank: 'Alternate' })]);
    expect(config.linux.mimeTypes).toEqual(['application/vnd.tcpdump.pcap', 'application/x-pcapng', 'application/gzip']);
  });
});
