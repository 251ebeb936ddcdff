import path from 'node:path';

/** Paths among command-line arguments that the app should open (flags and the app path skipped). */
export function filesFromArgv(args: readonly string[]): string[] {
  return args.filter((arg) => !arg.startsWith('-') && arg !== '.' && !/\.(js|cjs|mjs|asar)$/i.test(arg) && path.extname(arg) !== '');
}
