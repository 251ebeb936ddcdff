import { describe, expect, it } from 'vitest';
import { unpackedPath } from '../../electron/shell/unpacked-path';

describe('unpackedPath', () => {
  it('moves a file from app.asar to app.asar.unpacked on Windows, Linux and macOS paths', () => {
    expect(unpackedPath('C:\\Users\\siti\\AppData\\Local\\Programs\\ProxLab\\resources\\app.asar\\out\\capture-worker.js')).toBe(
      'C:\\Users\\siti\\AppData\\Local\\Programs\\ProxLab\\resources\\app.asar.unpacked\\out\\capture-worker.js',
    );
    expect(unpackedPath('/tmp/.mount_ProxLab/resources/app.asar/out/capture-worker.js')).toBe(
      '/tmp/.mount_ProxLab/resources/app.asar.unpacked/out/capture-worker.js',
    );
    expect(unpackedPath('/Applications/ProxLab.app/Contents/Resources/app.asar/out/capture-worker.js')).toBe(
      '/Applications/ProxLab.app/Contents/Resources/app.asar.unpacked/out/capture-worker.js',
    );
  });

  it('leaves a path outside an archive as it is (npm start, tests)', () => {
    expect(unpackedPath('/work/proxlab/out/capture-worker.js')).toBe('/work/proxlab/out/capture-worker.js');
    expect(unpackedPath('/work/app.asar.unpacked/out/capture-worker.js')).toBe('/work/app.asar.unpacked/out/capture-worker.js');
    expect(unpackedPath('/work/my.app.asar/out/w.js')).toBe('/work/my.app.asar/out/w.js');
  });
});
