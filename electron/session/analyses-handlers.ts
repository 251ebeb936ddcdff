import type { SessionService } from './service';
import { analysisFromCaptureReport, type CaptureAnalysis } from './analysis';
import { movedAnalysis, summariseAnalyses, withAnalysis, withoutAnalysis } from './analysis-list';
import type { sessionAnalysesCalls } from '../../core/contract/session-analyses';
import type { DomainHandlers } from '../handler-types';
import { displayedNothing } from '../../core/qos/displayed';

export function sessionAnalysesHandlers(sessions: SessionService): DomainHandlers<typeof sessionAnalysesCalls> {
  const analyses = () => sessions.current().session.analyses;
  const store = async (next: CaptureAnalysis[]) => {
    const outcome = await sessions.update({ analyses: next });
    return { analyses: summariseAnalyses(analyses()), state: outcome.state, problem: outcome.problem };
  };
  return {
    'session.analyses': async () => summariseAnalyses(analyses()),
    'session.addAnalysis': async (input) => {
      const analysis: CaptureAnalysis | null =
        input.kind === 'manual'
          ? { service: input.service, source: { kind: 'manual', entry: input.entry } }
          : analysisFromCaptureReport(input.report, { service: input.service, filter: input.filter, server: input.server });
      // The renderer offers the button only for a finished QoS analysis; anything else is a bug there.
      if (!analysis) throw new Error('the capture report has no QoS analysis to add');
      if (input.kind === 'capture' && displayedNothing(input.report.qos!)) throw new Error('the analysis displayed no packet: there is nothing to add');
      // As with experiment runs: an analysis added over the demo starts the student's own
      // session, so the paper's figures are never mixed with measured ones.
      if (sessions.current().demo) sessions.create();
      const { analyses: next, replaced } = withAnalysis(analyses(), analysis);
      return { ...(await store(next)), replaced };
    },
    'session.removeAnalysis': async ({ index }) => store(withoutAnalysis(analyses(), index)),
    'session.moveAnalysis': async ({ from, to }) => store(movedAnalysis(analyses(), from, to)),
  };
}
