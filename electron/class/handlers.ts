import { fileNameFrom, saveChosen } from '../files/chosen-file';
import type { classCalls } from '../../core/contract/class';
import type { CaptureAnalyzer } from '../capture/analyzer';
import type { ExperimentSaveDialog } from '../experiment/service';
import type { ExportDialogs, ReportPrinter } from '../report/printer';
import { countingAnalyzer } from './progress';
import { labFileText } from './lab-text';
import { ClassLabFileError, loadClassLab } from './lab-file';
import { FolderTooLargeError } from './scan';
import { classTable } from './table';
import { spreadsheetCsv } from '../../core/csv';
import { CLASS_LAB_EXTENSION, type ClassLab, type ClassResult } from '../../core/class/schema';
import type { DomainHandlers } from '../handler-types';
import type { Failure } from '../../core/contract/failure';
import { failure } from '../failure';
import { fileFailure } from '../files/file-failure';

export interface ClassDialogs {
  chooseClassFolder(): Promise<string | null>;
  chooseClassLabToOpen(): Promise<string | null>;
  chooseClassLabTarget(suggestedName: string): Promise<string | null>;
}

export interface ClassServices {
  /** Reads a class folder: its sessions, reports, and captures through `analyzer`. */
  read(folder: string, lab: ClassLab | null, analyzer: CaptureAnalyzer, signal: AbortSignal): Promise<ClassResult>;
  dialogs: ClassDialogs;
}

interface ClassHandlerDeps {
  classes: ClassServices;
  captures: CaptureAnalyzer;
  saveDialog: ExperimentSaveDialog;
  printer: ReportPrinter;
  exportDialogs: ExportDialogs;
}

/** Why `folder` could not be read as a class: too big to be one, or what the file system said. */
function folderFailure(error: unknown, folder: string): Failure {
  if (error instanceof FolderTooLargeError) return failure('class-folder', 'class.error.tooManyFiles', { folder, limit: error.limit });
  return fileFailure(error, 'read', folder);
}

/** Why the lab definition `file` could not be opened: not one, or what the file system said. */
function labFailure(error: unknown, file: string): Failure {
  if (error instanceof ClassLabFileError) return failure('class-lab', error.key, { file, ...error.params });
  return fileFailure(error, 'read', file);
}

export function classHandlers({ classes, captures, saveDialog, printer, exportDialogs }: ClassHandlerDeps): DomainHandlers<typeof classCalls> {
  const jobs = new Map<string, AbortController>();
  let current: ClassResult | null = null;

  const baseName = (result: ClassResult) => fileNameFrom(`kelas ${result.lab?.name || result.folder.split(/[\\/]/).filter(Boolean).at(-1) || ''}`);
  const held = () => {
    if (!current) throw new Error('no class has been read yet');
    return current;
  };

  return {
    'class.chooseFolder': () => classes.dialogs.chooseClassFolder(),
    'class.open': async ({ jobId, folder, lab }, ctx) => {
      if (jobs.has(jobId)) throw new Error(`job ${jobId} is already running`);
      const controller = new AbortController();
      jobs.set(jobId, controller);
      const analyzer = countingAnalyzer(captures, (progress) => ctx.emit('class.progress', { jobId, ...progress }));
      try {
        const result = await classes.read(folder, lab, analyzer, controller.signal);
        // A cancelled analysis returns what it read so far: a class built on it would mislead.
        if (controller.signal.aborted) return { ok: false as const, cancelled: true, problem: null };
        current = result;
        return { ok: true as const, result };
      } catch (error) {
        return { ok: false as const, cancelled: controller.signal.aborted, problem: controller.signal.aborted ? null : folderFailure(error, folder) };
      } finally {
        jobs.delete(jobId);
      }
    },
    'class.cancel': async ({ jobId }) => {
      const controller = jobs.get(jobId);
      controller?.abort();
      return controller !== undefined;
    },
    'class.openLab': async () => {
      const file = await classes.dialogs.chooseClassLabToOpen();
      if (!file) return { lab: null, path: null, problem: null };
      try {
        return { lab: await loadClassLab(file), path: file, problem: null };
      } catch (error) {
        return { lab: null, path: file, problem: labFailure(error, file) };
      }
    },
    'class.saveLab': async ({ lab }) =>
      saveChosen(await classes.dialogs.chooseClassLabTarget(`${fileNameFrom(lab.name || 'praktikum')}${CLASS_LAB_EXTENSION}`), async () => labFileText(lab)),
    'class.saveCsv': async ({ dialect, language }) => {
      const result = held();
      return saveChosen(await saveDialog.choosePath(`${baseName(result)}.csv`, 'csv'), async () => spreadsheetCsv(classTable(result, language), dialect));
    },
    'class.saveJson': async () => {
      const result = held();
      return saveChosen(await saveDialog.choosePath(`${baseName(result)}.json`, 'json'), async () => `${JSON.stringify(result, null, 2)}\n`);
    },
    'class.savePdf': async ({ language }) => {
      const result = held();
      return saveChosen(await exportDialogs.chooseExportTarget('pdf', `${baseName(result)}.pdf`), () => printer.toPdf(language, 'class-summary'));
    },
    'class.current': async () => current,
  };
}
