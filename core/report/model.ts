import type { ExperimentRun } from '../experiment/run-schema';
import type { LabGuest, LabNode } from '../session/lab';
import type { Identity } from '../session/identity-schema';
import type { Provenance } from '../session/provenance-schema';
import type { Grade, QosValues } from '../qos/grade-schema';
import type { QosAssessment } from '../qos/qos-report-schema';
import type { ThresholdSet } from '../qos/threshold-schema';

// Everything the printed report shows, computed once from a session in plain Node
// (electron/report/model.ts): the renderer (app, hidden print window) and the command line
// render this model and only format its numbers in the reader's language. Plain JSON, so it
// crosses IPC as it is.

export interface ScenarioStep {
  index: number;
  label: string;
  repetition: number;
  /** Names of the guests running in this step (the vmid when the lab does not name it). */
  running: string[];
  samples: number;
  memUsedBytes: number;
  memUsedSdBytes: number;
  memTotalBytes: number;
  memUsedPercent: number;
  /** Memory over the step before (null for the first step of a repetition). */
  memAddedBytes: number | null;
  cpuPercent: number;
  cpuSdPercent: number;
  loadavg: [number, number, number];
}

export interface Scenario1 {
  state: ExperimentRun['state'];
  pveVersion: string | null;
  memUsedMeaning: 'total-minus-free' | 'total-minus-available' | null;
  samplesPerStep: number;
  intervalSeconds: number;
  settleSeconds: number;
  steps: ScenarioStep[];
  /** The measured run itself, as the memory-growth, CPU and timeline charts draw it. */
  run: Pick<ExperimentRun, 'steps' | 'events' | 'guestNames' | 'mode'>;
}

export interface CaptureFileProperties {
  packets: number;
  bytes: number;
  firstTime: string | null;
  lastTime: string | null;
  timeSpanSeconds: number;
  packetsPerSecond: number | null;
  averagePacketSize: number | null;
  bytesPerSecond: number | null;
  bitsPerSecond: number | null;
}

export interface MeasuredColumn {
  /** TCP goodput / ACK RTT / RTP jitter / retransmissions … as electron/qos/measured-values.ts picks them. */
  values: QosAssessment['measuredValues'];
  /** The measured column graded with the analysis' threshold set. */
  grade: QosAssessment['grades']['measured'];
  /** bit/s from the clients to the server and back, over the conversations' shared duration. */
  toServerBitsPerSecond: number | null;
  fromServerBitsPerSecond: number | null;
  rttCount: number;
  rttMedianMs: number | null;
  /** When the median comes from a sketch (more round trips than are kept exactly): within this fraction of the exact one; else null. */
  rttMedianRelativeError: number | null;
  rttSdMs: number | null;
  echoRequests: number;
  echoLossPercent: number | null;
  captureDrops: number | null;
  /** Frames whose link layer was not decoded, and those link layers: the measured figures leave them out. */
  framesNotDecoded: number;
  linkTypesNotDecoded: string[];
}

export interface RecipeColumn {
  throughputBytesPerSecond: number | null;
  throughputBitsPerSecond: number | null;
  delayMs: number | null;
  jitterMs: number | null;
  jitterZeroVariantMs: number | null;
  lossPercent: number | null;
  /** "manual": typed by the student; the others as docs/qos-method.md §Recipe names them. */
  lossEvidence: 'tcp' | 'icmp' | 'rtp' | 'none' | 'manual';
  lossSent: number | null;
  lossReceived: number | null;
}

export interface ServiceReport {
  service: string;
  guest: LabGuest | null;
  source: 'capture' | 'manual';
  file: { name: string; size: number; sha256: string | null } | null;
  filter: string | null;
  server: string | null;
  properties: CaptureFileProperties;
  recipe: RecipeColumn;
  /** null for a manual entry: Wireshark's dialog shows nothing a second column could use. */
  measured: MeasuredColumn | null;
  grade: Grade & { column: 'recipe' | 'measured' };
  /** The recipe column's own grade (the measured one is in `measured`). */
  recipeGrade: Grade;
  /** The four values the grade was given for (the graded column), as the comparison charts draw them. */
  graded: QosValues;
  /** The I/O and RTT series of a capture for its graphs; null for a manual entry (nothing was captured). */
  series: { io: QosAssessment['measured']['io']; rtt: QosAssessment['measured']['rttSeries'] } | null;
}

export interface LabReportModel {
  demo: boolean;
  identity: Identity;
  provenance: Provenance;
  environment: { node: LabNode; guests: LabGuest[] };
  scenario1: Scenario1 | null;
  services: ServiceReport[];
  /** The threshold set the services were graded with, for the method notes (null if it is not a built-in one). */
  thresholds: ThresholdSet | null;
  notes: string;
  /** The student's own conclusion; null while they keep the generated one. */
  conclusion: string | null;
}
