import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClassLab, ClassResult } from '../../../core/class/schema';
import type { ClassProgress } from '../../../core/contract/class';
import type { Failure } from '../../../core/contract/failure';
import { proxlab } from '../../api';

export type ReadState =
  | { status: 'idle' }
  | { status: 'reading'; progress: ClassProgress | null }
  | { status: 'done' }
  | { status: 'cancelled' }
  | { status: 'failed'; failure: Failure }
  /** The call itself failed (a job already running, an answer the contract refused). */
  | { status: 'failed'; error: string };

let jobs = 0;

/** Reading a class folder in main, with its progress; the class read last survives leaving the page. */
export function useClassRead() {
  const [folder, setFolder] = useState<string | null>(null);
  const [result, setResult] = useState<ClassResult | null>(null);
  const [state, setState] = useState<ReadState>({ status: 'idle' });
  const job = useRef<string | null>(null);

  useEffect(() => {
    const off = proxlab().on('class.progress', (progress) => {
      if (progress.jobId === job.current) setState({ status: 'reading', progress });
    });
    void proxlab()
      .invoke('class.current', undefined)
      .then((current) => {
        if (!current || job.current) return;
        setResult(current);
        setFolder(current.folder);
      });
    return off;
  }, []);

  const read = useCallback(async (target: string, lab: ClassLab | null) => {
    const jobId = `class-${++jobs}`;
    job.current = jobId;
    setFolder(target);
    setState({ status: 'reading', progress: null });
    try {
      const outcome = await proxlab().invoke('class.open', { jobId, folder: target, lab });
      if (job.current !== jobId) return;
      if (outcome.ok) {
        setResult(outcome.result);
        setState({ status: 'done' });
      } else if (outcome.problem) setState({ status: 'failed', failure: outcome.problem });
      else setState({ status: 'cancelled' });
    } catch (error) {
      if (job.current === jobId) setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
    } finally {
      if (job.current === jobId) job.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    if (job.current) void proxlab().invoke('class.cancel', { jobId: job.current });
  }, []);

  return { folder, result, state, read, cancel };
}
