import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compose, type Composition, type ServiceAdapters } from '../app-services';

// Where the proxlab command wires the app's services (electron/app-services.ts): the same
// services as the window, over adapters for a terminal. Files come from the command line, so
// every dialog answers that nothing was chosen; nothing is printed through a window (`report`
// drives Chromium itself, cli/report-print.ts); settings and connections live in memory for
// the one run, and the session opened at start is an empty one, never the demo.

/** What a command adds to the terminal's adapters: how it analyses captures, its experiment journal and connection, its Proxmox profile and second factor, the build it reads. */
export type CommandAdapters = Partial<
  Pick<ServiceAdapters, 'captureAnalyzer' | 'experimentJournal' | 'experimentConnections' | 'profiles' | 'secondFactor'>
> & {
  appRoot?: string;
};

const nothingChosen = async () => null;

/** The command's composition: it takes from it, with app-services.ts's builders, the services it uses. */
export function cliServices(adapters: CommandAdapters = {}): Composition {
  const { appRoot = path.dirname(fileURLToPath(import.meta.url)), ...rest } = adapters;
  return compose({
    dialogs: {
      chooseCaptures: async () => [],
      chooseSessionToOpen: nothingChosen,
      chooseSessionTarget: nothingChosen,
      chooseExportTarget: nothingChosen,
      chooseClassFolder: nothingChosen,
      chooseClassLabToOpen: nothingChosen,
      chooseClassLabTarget: nothingChosen,
    },
    saveDialog: { choosePath: nothingChosen },
    printer: {
      toPdf: () => Promise.reject(new Error('the command prints through Chromium, not a window')),
      figures: () => Promise.reject(new Error('the command draws figures through Chromium, not a window')),
      print: () => Promise.reject(new Error('the command has no printer dialog')),
    },
    // A command that runs no experiment keeps no journal; `experiment run` names its --session.
    paths: { userData: process.cwd(), appRoot },
    onSessionChange: () => undefined,
    hasProxmoxProfiles: () => true,
    ...rest,
  });
}
