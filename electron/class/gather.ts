import path from 'node:path';
import type { CaptureAnalyzer } from '../capture/analyzer';
import type { CaptureProperties } from '../../core/capture/report-schema';
import { loadSession, type Session } from '../session/session-file';
import type { ClassReport } from '../../core/class/schema';
import { scanFolder } from './scan';
import { reportMetadata } from './report-meta';

// Everything in a class folder read once: the sessions through the session loader, the
// captures' Capture File Properties through the capture analyzer (worker threads), the
// reports' metadata. A file that cannot be used is listed with the reason, never fatal.

export interface SessionFile {
  path: string;
  session: Session;
}

export interface CaptureFile {
  path: string;
  properties: CaptureProperties;
  /** The reader's error code when it stopped early (the properties are what it read). */
  error: string | null;
}

export interface Gathered {
  sessions: SessionFile[];
  captures: CaptureFile[];
  reports: ClassReport[];
  labs: string[];
  unreadable: Array<{ path: string; reason: string }>;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function gatherFolder(root: string, analyzer: CaptureAnalyzer, signal: AbortSignal): Promise<Gathered> {
  const files = await scanFolder(root);
  const at = (relative: string) => path.join(root, ...relative.split('/'));
  const unreadable: Gathered['unreadable'] = [];

  const sessions = await Promise.all(
    files.sessions.map((file) =>
      loadSession(at(file)).then(
        (session): SessionFile | null => ({ path: file, session }),
        (error: unknown) => (unreadable.push({ path: file, reason: reason(error) }), null),
      ),
    ),
  );
  const captures = await Promise.all(
    files.captures.map(async (file): Promise<CaptureFile | null> => {
      const report = await analyzer.analyze(at(file), { propertiesOnly: true }, () => undefined, signal);
      if (!report.properties) {
        unreadable.push({ path: file, reason: report.error?.message ?? 'not a capture' });
        return null;
      }
      if (report.error) unreadable.push({ path: file, reason: report.error.message });
      return { path: file, properties: report.properties, error: report.error?.code ?? null };
    }),
  );
  const reports = await Promise.all(
    files.reports.map((file) =>
      reportMetadata(at(file.path), file.kind).then(
        (meta): ClassReport => ({ ...file, ...meta }),
        // A PDF another program wrote may keep its Info where this reader does not look: it is still listed.
        (): ClassReport => ({ ...file, title: null, author: null }),
      ),
    ),
  );
  return {
    sessions: sessions.filter((s): s is SessionFile => s !== null),
    captures: captures.filter((c): c is CaptureFile => c !== null),
    reports,
    labs: files.labs,
    unreadable: unreadable.sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
}
