import type { SessionService } from '../session/service';
import { buildLabReportModel } from '../report/model';
import type { lecturerCalls } from '../../core/contract/lecturer';
import type { DomainHandlers } from '../handler-types';

export function lecturerHandlers(sessions: SessionService): DomainHandlers<typeof lecturerCalls> {
  return {
    'lecturer.demo': async () => {
      const session = await sessions.demo();
      if (!session) return null;
      const model = buildLabReportModel(session, { demo: true });
      const guests = model.environment.guests.map((g) => ({ vmid: g.vmid, name: g.name }));
      return {
        node: model.environment.node.name,
        cpus: model.environment.node.cores,
        guests,
        steps: (model.scenario1?.steps ?? [])
          .filter((s) => s.repetition === 1)
          .map((s) => ({ label: s.label, running: s.running, memUsedBytes: s.memUsedBytes, memTotalBytes: s.memTotalBytes, cpu: s.cpuPercent / 100 })),
      };
    },
  };
}
