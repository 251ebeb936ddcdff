import { parseArgs } from 'node:util';
import { SessionFileError } from '../session/session-file';
import { sessionService } from '../app-services';
import { cliServices } from './services';
import { experimentDocument } from '../experiment/show';
import { experimentStepsCsv } from '../experiment/export';
import { EXIT, type CliIo } from './io';
import { experimentText } from './experiment-text';
import { cliLanguage } from './lang';

export const EXPERIMENT_SHOW_USAGE = `Usage: proxlab experiment show --session FILE.proxlab [--json | --csv] [--lang id|en]

  Shows the latest experiment run of a session: each step's samples and summary.
  --csv   one row per step (the results table)
`;

export async function experimentShowCommand(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        session: { type: 'string' },
        json: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    io.stderr(`proxlab experiment show: ${(error as Error).message}\n\n${EXPERIMENT_SHOW_USAGE}`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout(EXPERIMENT_SHOW_USAGE);
    return EXIT.ok;
  }
  const lang = cliLanguage(values.lang, io.env);
  if (!values.session || !lang || (values.json && values.csv)) {
    io.stderr(
      `proxlab experiment show: ${!values.session ? '--session is required' : !lang ? '--lang takes id or en' : '--json and --csv exclude each other'}\n\n${EXPERIMENT_SHOW_USAGE}`,
    );
    return EXIT.usage;
  }
  let session;
  try {
    // Read, not opened: showing a run takes no lock, so it works while the app or a run holds the file.
    session = await (await sessionService(cliServices())).read(values.session);
  } catch (error) {
    const message = error instanceof SessionFileError || error instanceof Error ? error.message : String(error);
    io.stderr(`proxlab experiment show: ${values.session}: ${message}\n`);
    return EXIT.partial;
  }
  const run = session.experiments.at(-1);
  if (!run) {
    io.stderr(`proxlab experiment show: ${values.session} holds no experiment run\n`);
    return EXIT.partial;
  }
  const document = experimentDocument(run);
  if (values.json) io.stdout(JSON.stringify(document, null, 2) + '\n');
  else if (values.csv) io.stdout(experimentStepsCsv(document));
  else io.stdout(experimentText(document, lang));
  return run.state === 'done' ? EXIT.ok : EXIT.partial;
}
