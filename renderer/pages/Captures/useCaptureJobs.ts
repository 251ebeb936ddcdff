import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { proxlab } from '../../api';
import { isActive, jobsReducer, type CaptureJob } from './jobs';
import type { ManualEntryRow } from './manual-entry';

export interface CaptureJobs {
  jobs: CaptureJob[];
  /** Services typed from Wireshark's dialog; they join the comparison like captures. */
  manual: ManualEntryRow[];
  addManual(row: ManualEntryRow): void;
  removeManual(id: string): void;
  analyze(paths: string[]): void;
  cancel(id: string): void;
  /** Cancels every running analysis; returns how many were asked to stop. */
  cancelAll(): number;
  remove(id: string): void;
  /** Runs the QoS pass over a job's file with a filter and a server (both already checked). */
  analyseQos(id: string, filter: string, server: string | null): void;
  /** Names the web service a capture was taken of. */
  nameService(id: string, service: string): void;
}

let counter = 0;
const newJobId = () => `job-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Every opened file is one job in a worker of the main process; this follows their progress. */
export function useCaptureJobs(): CaptureJobs {
  const [jobs, dispatch] = useReducer(jobsReducer, []);
  const latest = useRef(jobs);
  latest.current = jobs;

  useEffect(() => proxlab().on('capture.progress', ({ jobId, bytesRead, totalBytes }) => dispatch({ type: 'progress', id: jobId, bytesRead, totalBytes })), []);

  const analyze = useCallback((paths: string[]) => {
    for (const path of paths) {
      const id = newJobId();
      dispatch({ type: 'started', id, path });
      proxlab()
        .invoke('capture.analyze', { jobId: id, path, propertiesOnly: true })
        .then(
          (report) => dispatch({ type: 'finished', id, report }),
          (error: unknown) => dispatch({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) }),
        );
    }
  }, []);

  const cancel = useCallback((id: string) => {
    dispatch({ type: 'cancelRequested', id });
    void proxlab().invoke('capture.cancel', { jobId: id });
  }, []);

  const cancelAll = useCallback(() => {
    const running = latest.current.filter((job) => job.status === 'running');
    for (const job of running) cancel(job.id);
    return running.length;
  }, [cancel]);

  const remove = useCallback((id: string) => {
    const job = latest.current.find((j) => j.id === id);
    if (job && isActive(job)) void proxlab().invoke('capture.cancel', { jobId: id });
    dispatch({ type: 'removed', id });
  }, []);

  const analyseQos = useCallback((id: string, filter: string, server: string | null) => {
    const job = latest.current.find((j) => j.id === id);
    if (!job) return;
    dispatch({ type: 'qosStarted', id, filter, server });
    const jobId = `${id}-qos-${(counter++).toString(36)}`;
    proxlab()
      .invoke('settings.get', undefined)
      .then(({ rtpStreams }) => proxlab().invoke('capture.analyze', { jobId, path: job.path, propertiesOnly: false, filter, server, rtpStreams }))
      .then(
        (report) => dispatch({ type: 'qosFinished', id, report }),
        (error: unknown) => dispatch({ type: 'qosFailed', id, message: error instanceof Error ? error.message : String(error) }),
      );
  }, []);

  const [manual, setManual] = useState<ManualEntryRow[]>([]);
  const addManual = useCallback((row: ManualEntryRow) => setManual((rows) => [...rows, row]), []);
  const removeManual = useCallback((id: string) => setManual((rows) => rows.filter((r) => r.id !== id)), []);

  const nameService = useCallback((id: string, service: string) => dispatch({ type: 'serviceNamed', id, service }), []);

  return { jobs, manual, addManual, removeManual, analyze, cancel, cancelAll, remove, analyseQos, nameService };
}
