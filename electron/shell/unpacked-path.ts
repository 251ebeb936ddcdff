// electron-builder.yml keeps the capture worker outside the archive (asarUnpack): a worker
// thread loads its file with Node's own loader, which does not read inside app.asar.

/** The path of a file asarUnpack put in app.asar.unpacked, given its path inside app.asar. */
export function unpackedPath(file: string): string {
  return file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}
