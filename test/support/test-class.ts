import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../electron/cli/run';
import { analyzeCaptureFile } from '../../electron/capture/analyze-file';
import { analysisFromCaptureReport, type CaptureAnalysis } from '../../electron/session/analysis';
import { loadSession, saveSession } from '../../electron/session/session-file';
import type { CaptureAnalyzer } from '../../electron/capture/analyzer';
import { CLASS_LAB_SCHEMA, type ClassLabInput } from '../../core/class/schema';
import type { FlagKind } from '../../core/class/flag-kinds';
import { runnerTokenArgs, runnerTokenEnv, startTestStandin } from '../proxmox/standin';
import { pcapFile, writeCapture } from './capture-writer';
import { movedTo, packetRange, readPcapFile } from './pcap-records';
import { corpusPath } from './shared';

// A class of twelve groups for the class view's tests and pages. Each group's session is made
// as a student makes one: the real experiment (`proxlab experiment run`) against a Proxmox
// stand-in of its own, and the real analysis of corpus captures moved to the lab's day (moving
// every timestamp by the same amount changes no QoS figure, only the SHA-256). Each stand-in
// node idles a little higher and its guests take a little more or less memory than the one
// before, so the class has a spread; six groups carry one planted case each.

export const LAB_DAY = '2026-03-10';
/** 08:00 WIB on the lab's day, in epoch seconds. */
const LAB_START = Date.parse(`${LAB_DAY}T08:00:00+07:00`) / 1000;
const MiB = 2 ** 20;

export const SERVICES = {
  mediawiki: { service: 'MediaWiki', capture: 'http_wikipedia_mediawiki.pcap', server: '208.80.152.3' },
  wordpress: { service: 'WordPress', capture: 'sll_http.pcap', server: '10.10.10.31' },
} as const;
/** The WordPress capture group F graded instead, on a server outside the lab. */
export const STRAY = { capture: 'tcp_reassembly_lost_segments.pcap', server: '128.3.97.175' } as const;
/** Group H's node: half the lab node's memory. */
export const SMALL_NODE_BYTES = 32 * 2 ** 30;
/** Frames of group C's MediaWiki capture that group D's is cut from (1-based, inclusive). */
export const CUT = { first: 21, last: 100 } as const;

export interface TestStudent {
  letter: string;
  folder: string;
  name: string;
  nim: string;
  /** Step means the stand-in serves exactly (bytes): step k has the first k planned guests running. */
  memUsed: number[];
}

export interface TestClass {
  dir: string;
  labFile: string;
  students: TestStudent[];
  /** The planted cases: each must be flagged exactly once, for exactly these groups (NIMs). */
  planted: Array<{ kind: FlagKind; students: string[] }>;
}

const PEOPLE = [
  ['Ayu Lestari', 'ayu'],
  ['Bagus Pratama', 'bagus'],
  ['Citra Dewi', 'citra'],
  ['Dimas Saputra', 'dimas'],
  ['Eka Wulandari', 'eka'],
  ['Fajar Nugroho', 'fajar'],
  ['Gita Permata', 'gita'],
  ['Hendra Wijaya', 'hendra'],
  ['Indah Sari', 'indah'],
  ['Joko Susilo', 'joko'],
  ['Kartika Putri', 'kartika'],
  ['Lukman Hakim', 'lukman'],
] as const;

/** The capture analysis in-process, for building sessions and for tests that need no worker. */
export const inProcessAnalyzer: CaptureAnalyzer = { analyze: (file, request) => analyzeCaptureFile(file, request) };

async function analysed(file: string, service: string, server: string): Promise<CaptureAnalysis> {
  const report = await analyzeCaptureFile(file, { propertiesOnly: false, server });
  const analysis = analysisFromCaptureReport(report, { service, filter: null, server });
  if (!analysis) throw new Error(`${file} gave no QoS analysis`);
  return analysis;
}

async function runExperiment(session: string, i: number, smallNode: boolean): Promise<number[]> {
  const standin = await startTestStandin({ taskMs: 20 });
  try {
    const node = standin.state.nodes[0];
    node.baseUsedAvailable += i * 37 * MiB;
    if (smallNode) node.total = SMALL_NODE_BYTES;
    const guest = (vmid: number) => standin.state.guests.find((g) => g.vmid === vmid)!;
    guest(101).hostMem += i * 5 * MiB;
    guest(102).hostMem -= i * 3 * MiB;
    guest(103).hostMem += i * 2 * MiB;
    const plan = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-plan-')), 'plan.json');
    writeFileSync(plan, JSON.stringify({ node: 'pve', guests: [101, 102, 103], settleSeconds: 0, intervalSeconds: 0.5, samplesPerStep: 2 }));
    let stderr = '';
    const code = await runCli(['experiment', 'run', '--plan', plan, '--session', session, ...runnerTokenArgs(standin)], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      env: { LANG: 'en_US.UTF-8', ...runnerTokenEnv },
    });
    if (code !== 0) throw new Error(`the experiment for group ${i} failed: ${stderr}`);
    // The container 200 outside the plan keeps running through every step.
    const base = node.baseUsedAvailable + guest(200).hostMem;
    return [
      base,
      base + guest(101).hostMem,
      base + guest(101).hostMem + guest(102).hostMem,
      base + guest(101).hostMem + guest(102).hostMem + guest(103).hostMem,
    ];
  } finally {
    await standin.close();
  }
}

/** Builds the class under `dir` (a new temporary folder unless given) and returns what was planted. */
export async function buildTestClass(dir = mkdtempSync(path.join(tmpdir(), 'proxlab-class-'))): Promise<TestClass> {
  const students: TestStudent[] = PEOPLE.map(([name, folder], i) => ({
    letter: String.fromCharCode(65 + i),
    folder,
    name,
    nim: `22115000${String(i + 1).padStart(2, '0')}`,
    memUsed: [],
  }));
  const at = (s: TestStudent, file: string) => path.join(dir, s.folder, file);
  for (const s of students) mkdirSync(path.join(dir, s.folder), { recursive: true });
  const [A, B, C, D, E, F, G, H, , , K, L] = students;

  // The experiments run side by side, each on its own stand-in; each run listens for Ctrl+C.
  const listeners = process.getMaxListeners();
  process.setMaxListeners(listeners + students.length);
  try {
    await Promise.all(students.map(async (s, i) => (s.memUsed = await runExperiment(at(s, `${s.nim}.proxlab`), i, s === H))));
  } finally {
    process.setMaxListeners(listeners);
  }

  // Each group captures ten minutes after the one before; WordPress five minutes after MediaWiki.
  // B hands in A's MediaWiki capture; D's is frames CUT of C's; E's WordPress was taken three
  // days before the lab; F graded another capture's server as its WordPress.
  const capture = (s: TestStudent, source: string, start: number) => writeCapture(at(s, source), pcapFile(movedTo(readPcapFile(corpusPath(source)), start)));
  const files = students.map((s, i) => {
    const start = LAB_START + i * 600;
    let mediawiki: string;
    if (s === B) copyFileSync(at(A, SERVICES.mediawiki.capture), (mediawiki = at(s, SERVICES.mediawiki.capture)));
    else if (s === D)
      mediawiki = writeCapture(at(s, SERVICES.mediawiki.capture), pcapFile(packetRange(readPcapFile(at(C, SERVICES.mediawiki.capture)), CUT.first, CUT.last)));
    else mediawiki = capture(s, SERVICES.mediawiki.capture, start);
    const wordpress =
      s === F ? capture(s, STRAY.capture, start + 300) : capture(s, SERVICES.wordpress.capture, s === E ? start + 300 - 3 * 86_400 : start + 300);
    return { mediawiki, wordpress };
  });
  await Promise.all(
    students.map(async (s, i) => {
      const analyses = [
        await analysed(files[i].mediawiki, SERVICES.mediawiki.service, SERVICES.mediawiki.server),
        await analysed(files[i].wordpress, SERVICES.wordpress.service, s === F ? STRAY.server : SERVICES.wordpress.server),
      ];
      // G typed over the throughput the analysis gave.
      if (s === G && analyses[0].source.kind === 'capture') analyses[0].source.qos.recipe.throughputBitsPerSecond! *= 1.5;
      if (s === K)
        analyses.push({
          service: 'Moodle',
          source: { kind: 'manual', entry: { packets: 1200, bytes: 950_000, timeSpanSeconds: 12.5, lossPercent: 0.5, delayMs: null, jitterMs: null } },
        });
      const file = at(s, `${s.nim}.proxlab`);
      const session = await loadSession(file);
      session.identity = {
        ...session.identity,
        title: 'Praktikum Virtualisasi',
        students: [{ name: s.name, nim: s.nim }],
        className: 'TI-3A',
        course: 'Virtualisasi',
        date: LAB_DAY,
      };
      session.analyses = analyses;
      await saveSession(file, session);
    }),
  );

  // One printed report handed in beside the folders: its author names its group.
  const report = path.join(dir, `laporan-${L.folder}.html`);
  const out = await runCli(['report', at(L, `${L.nim}.proxlab`), '--html', report, '--lang', 'id'], {
    stdout: () => undefined,
    stderr: () => undefined,
    env: { LANG: 'id_ID.UTF-8', CHROME_PATH: path.join(dir, 'no-browser') },
  });
  if (out !== 0) throw new Error('the report could not be written');

  const lab: ClassLabInput = {
    schema: CLASS_LAB_SCHEMA,
    name: 'Virtualisasi TI-3A',
    services: Object.values(SERVICES).map((s) => ({ service: s.service, address: s.server })),
    date: LAB_DAY,
    utcOffset: '+07:00',
    expectedGuests: 3,
  };
  const labFile = path.join(dir, 'virtualisasi.proxlab-class');
  writeFileSync(labFile, JSON.stringify(lab, null, 2));
  return {
    dir,
    labFile,
    students,
    planted: [
      { kind: 'duplicate-capture', students: [A.nim, B.nim] },
      { kind: 'contained-capture', students: [C.nim, D.nim] },
      { kind: 'outside-window', students: [E.nim] },
      { kind: 'server-not-in-lab', students: [F.nim] },
      { kind: 'not-reproduced', students: [G.nim] },
      { kind: 'other-node', students: [H.nim] },
    ],
  };
}
