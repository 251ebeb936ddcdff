import type { CaptureReport } from '../../../core/capture/report-schema';

// One job per opened file. The reducer is pure so the page's bookkeeping can be tested
// without a browser.

export type JobStatus = 'running' | 'cancelling' | 'done' | 'failed';

/** The QoS pass over a file: what the student asked for and what came back. */
export interface QosRun {
  status: 'running' | 'done' | 'failed';
  filter: string;
  server: string | null;
  report: CaptureReport | null;
  failure: string | null;
}

export interface CaptureJob {
  id: string;
  path: string;
  fileName: string;
  status: JobStatus;
  bytesRead: number;
  totalBytes: number;
  report: CaptureReport | null;
  /** Why the call itself failed (no report at all), in the words of the process that failed. */
  failure: string | null;
  /** The user pressed Cancel; a call failing afterwards is a cancellation, not an error. */
  cancelRequested: boolean;
  qos: QosRun | null;
  /** The web service the capture was taken of, as the comparison names it. */
  service: string;
}

export type JobAction =
  | { type: 'started'; id: string; path: string }
  | { type: 'progress'; id: string; bytesRead: number; totalBytes: number }
  | { type: 'cancelRequested'; id: string }
  | { type: 'finished'; id: string; report: CaptureReport }
  | { type: 'failed'; id: string; message: string }
  | { type: 'removed'; id: string }
  | { type: 'serviceNamed'; id: string; service: string }
  | { type: 'qosStarted'; id: string; filter: string; server: string | null }
  | { type: 'qosFinished'; id: string; report: CaptureReport }
  | { type: 'qosFailed'; id: string; message: string };

export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** The file name without its capture extensions: "wordpress.pcapng.gz" → "wordpress". */
export function serviceFromFileName(fileName: string): string {
  return fileName.replace(/(\.(pcapng|pcap|cap|gz))+$/i, '') || fileName;
}

export const isActive = (job: CaptureJob) => job.status === 'running' || job.status === 'cancelling';

export function jobsReducer(jobs: CaptureJob[], action: JobAction): CaptureJob[] {
  if (action.type === 'started') {
    const job: CaptureJob = {
      id: action.id,
      path: action.path,
      fileName: fileNameOf(action.path),
      status: 'running',
      bytesRead: 0,
      totalBytes: 0,
      report: null,
      failure: null,
      cancelRequested: false,
      qos: null,
      service: serviceFromFileName(fileNameOf(action.path)),
    };
    return [...jobs, job];
  }
  if (action.type === 'removed') return jobs.filter((job) => job.id !== action.id);
  return jobs.map((job) => (job.id === action.id ? update(job, action) : job));
}

function update(job: CaptureJob, action: Exclude<JobAction, { type: 'started' | 'removed' }>): CaptureJob {
  switch (action.type) {
    case 'progress':
      // Progress can arrive after the result; a finished job keeps its final state.
      if (!isActive(job)) return job;
      return { ...job, bytesRead: action.bytesRead, totalBytes: action.totalBytes };
    case 'cancelRequested':
      return isActive(job) ? { ...job, status: 'cancelling', cancelRequested: true } : job;
    case 'finished':
      return { ...job, status: 'done', report: action.report, bytesRead: Math.max(job.bytesRead, job.totalBytes) };
    case 'failed':
      return { ...job, status: 'failed', failure: action.message };
    case 'serviceNamed':
      return { ...job, service: action.service };
    case 'qosStarted':
      return { ...job, qos: { status: 'running', filter: action.filter, server: action.server, report: job.qos?.report ?? null, failure: null } };
    case 'qosFinished':
      return job.qos ? { ...job, qos: { ...job.qos, status: 'done', report: action.report } } : job;
    case 'qosFailed':
      return job.qos ? { ...job, qos: { ...job.qos, status: 'failed', failure: action.message } } : job;
  }
}
