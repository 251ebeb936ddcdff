import { describe, expect, it } from 'vitest';
import { fileNameOf, jobsReducer, type CaptureJob } from '../../../../renderer/pages/Captures/jobs';
import { CAPTURE_REPORT_SCHEMA, type CaptureReport } from '../../../../core/capture/report-schema';

const report: CaptureReport = {
  schema: CAPTURE_REPORT_SCHEMA,
  file: 'a.pcap',
  path: 'C:\\lab\\a.pcap',
  error: null,
  properties: null,
  displayed: null,
  qos: null,
  warnings: [],
  warningDetails: [],
};

const run = (...actions: Parameters<typeof jobsReducer>[1][]): CaptureJob[] => actions.reduce(jobsReducer, [] as CaptureJob[]);

describe('capture jobs', () => {
  it('names a job after its file on Windows and POSIX paths', () => {
    expect(fileNameOf('C:\\lab\\minggu 3\\web.pcapng')).toBe('web.pcapng');
    expect(fileNameOf('/home/mhs/web.pcap.gz')).toBe('web.pcap.gz');
  });

  it('follows progress while running and ignores progress that arrives after the result', () => {
    const jobs = run(
      { type: 'started', id: 'j1', path: 'C:\\lab\\a.pcap' },
      { type: 'progress', id: 'j1', bytesRead: 100, totalBytes: 400 },
      { type: 'finished', id: 'j1', report },
      { type: 'progress', id: 'j1', bytesRead: 200, totalBytes: 400 },
    );
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ fileName: 'a.pcap', status: 'done', bytesRead: 400, totalBytes: 400, report });
  });

  it('keeps several jobs apart and cancels only the one asked', () => {
    const jobs = run(
      { type: 'started', id: 'j1', path: '/a.pcap' },
      { type: 'started', id: 'j2', path: '/b.pcap' },
      { type: 'cancelRequested', id: 'j2' },
      { type: 'failed', id: 'j2', message: 'cancelled' },
    );
    expect(jobs.map((j) => [j.id, j.status, j.cancelRequested])).toEqual([
      ['j1', 'running', false],
      ['j2', 'failed', true],
    ]);
    expect(run({ type: 'started', id: 'j1', path: '/a' }, { type: 'removed', id: 'j1' })).toEqual([]);
  });

  it('does not mark a finished job as cancelling', () => {
    const jobs = run({ type: 'started', id: 'j1', path: '/a' }, { type: 'finished', id: 'j1', report }, { type: 'cancelRequested', id: 'j1' });
    expect(jobs[0]).toMatchObject({ status: 'done', cancelRequested: false });
  });
});
