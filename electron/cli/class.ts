import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { csvRow, spreadsheetCsv } from '../../core/csv';
import { EXIT, type CliIo } from './io';
import { cliLanguage } from './lang';
import { cliServices } from './services';
import { captureService, classServices } from '../app-services';
import { loadClassLab } from '../class/lab-file';
import { scanFolder } from '../class/scan';
import { classTable } from '../class/table';
import { classText } from '../class/text';
import type { ClassLab } from '../../core/class/schema';

export const CLASS_USAGE = `Usage: proxlab class FOLDER [--lab LAB.proxlab-class] [--json | --csv | --spreadsheet comma|semicolon] [--lang id|en]

  A class's lab work side by side: every .proxlab session, capture and printed report under
  FOLDER, a row per group, the class's distribution, and flags with their evidence.
  --lab FILE           the lab definition (service VM addresses, date or window, expected guests,
                       the lab node); default: the one .proxlab-class file directly in FOLDER, if any
  --json               one JSON document (schema proxlab.class/1)
  --csv                the class table, one row per group (RFC 4180)
  --spreadsheet D      the class table for a spreadsheet: UTF-8 with BOM, "comma" (, and .) or
                       "semicolon" (; and decimal commas, as Indonesian Excel expects)
  --lang id|en         language of the text output and messages (default: the system's)
`;

export async function classCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        lab: { type: 'string' },
        json: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        spreadsheet: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`proxlab class: ${(error as Error).message}\n\n${CLASS_USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(CLASS_USAGE);
    return EXIT.ok;
  }
  const lang = cliLanguage(values.lang, io.env);
  const outputs = [values.json, values.csv, values.spreadsheet !== undefined].filter(Boolean).length;
  const problem = !lang
    ? `--lang takes id or en, not "${values.lang}"`
    : positionals.length !== 1
      ? 'give one class folder'
      : outputs > 1
        ? '--json, --csv and --spreadsheet exclude each other'
        : values.spreadsheet !== undefined && values.spreadsheet !== 'comma' && values.spreadsheet !== 'semicolon'
          ? `--spreadsheet takes comma or semicolon, not "${values.spreadsheet}"`
          : null;
  if (problem || !lang) {
    io.stderr(`proxlab class: ${problem}\n\n${CLASS_USAGE}`);
    return EXIT.usage;
  }
  const folder = positionals[0];
  const isFolder = await stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isFolder) {
    io.stderr(`proxlab class: ${folder}: ${lang === 'id' ? 'bukan folder yang ada' : 'not an existing folder'}\n`);
    return EXIT.usage;
  }
  let labFile = values.lab ?? null;
  if (labFile === null) {
    const here = (await scanFolder(folder)).labs.filter((file) => !file.includes('/'));
    if (here.length === 1) labFile = path.join(folder, here[0]);
  }
  let lab: ClassLab | null = null;
  if (labFile !== null) {
    try {
      lab = await loadClassLab(labFile);
    } catch (error) {
      io.stderr(`proxlab class: ${labFile}: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    if (values.lab === undefined) io.stderr(`${lang === 'id' ? 'Definisi lab' : 'Lab definition'}: ${labFile}\n`);
  }

  const services = cliServices();
  const result = await classServices(services).read(folder, lab, await captureService(services), new AbortController().signal);
  if (values.json) io.stdout(JSON.stringify(result, null, 2) + '\n');
  else if (values.csv) io.stdout(classTable(result).map(csvRow).join(''));
  else if (values.spreadsheet) io.stdout(spreadsheetCsv(classTable(result), values.spreadsheet as 'comma' | 'semicolon'));
  else io.stdout(classText(result, lang));
  for (const file of result.unreadable) io.stderr(`proxlab: ${file.path}: ${file.reason}\n`);
  return result.unreadable.length ? EXIT.partial : EXIT.ok;
}
