import type { ClassLab } from '../../../core/class/schema';

// The lab definition as the form edits it: the service VMs one per line ("address service"),
// the lab's day with the session's start and end times in the lab's time zone.

export interface LabFormValues {
  name: string;
  services: string;
  date: string;
  from: string;
  to: string;
  utcOffset: string;
  expectedGuests: string;
}

export type LabFormField = 'services' | 'date' | 'from' | 'to' | 'expectedGuests';
export type LabFormProblem = 'address' | 'dateNeeded' | 'bothTimes' | 'time' | 'guests';

/** Indonesia's three zones, WIB first. */
export const UTC_OFFSETS = ['+07:00', '+08:00', '+09:00'] as const;

export const emptyLabForm = (): LabFormValues => ({ name: '', services: '', date: '', from: '', to: '', utcOffset: '+07:00', expectedGuests: '' });

export function labToForm(lab: ClassLab): LabFormValues {
  const services = lab.services.map((s) => (s.service ? `${s.address} ${s.service}` : s.address)).join('\n');
  // The window was written by this form or by hand in the lab's offset: its wall-clock parts are read as written.
  const date = lab.window ? lab.window.start.slice(0, 10) : (lab.date ?? '');
  return {
    name: lab.name,
    services,
    date,
    from: lab.window ? lab.window.start.slice(11, 16) : '',
    to: lab.window ? lab.window.end.slice(11, 16) : '',
    utcOffset: !lab.window ? lab.utcOffset : lab.window.start.endsWith('Z') ? '+00:00' : lab.window.start.slice(-6),
    expectedGuests: lab.expectedGuests === null ? '' : String(lab.expectedGuests),
  };
}

const ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)$/i;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The lab the form describes, or each field's problem; `node` is kept from the lab the form started from. */
export function formToLab(
  values: LabFormValues,
  node: ClassLab['node'],
): { ok: true; lab: ClassLab } | { ok: false; problems: Partial<Record<LabFormField, LabFormProblem>> } {
  const problems: Partial<Record<LabFormField, LabFormProblem>> = {};
  const services = values.services
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [address, ...rest] = line.split(/[\s,;]+/);
      if (!ADDRESS.test(address)) problems.services = 'address';
      return { address, service: rest.join(' ').trim() || null };
    });
  const date = values.date.trim();
  const from = values.from.trim();
  const to = values.to.trim();
  if ((from || to) && !date) problems.date = 'dateNeeded';
  if (Boolean(from) !== Boolean(to)) problems[from ? 'to' : 'from'] = 'bothTimes';
  if (from && !TIME.test(from)) problems.from = 'time';
  if (to && !TIME.test(to)) problems.to = 'time';
  const guestsText = values.expectedGuests.trim();
  const guests = guestsText ? Number(guestsText) : null;
  if (guests !== null && (!Number.isInteger(guests) || guests < 1 || guests > 100)) problems.expectedGuests = 'guests';
  if (Object.keys(problems).length) return { ok: false, problems };

  const offset = values.utcOffset;
  // A session that ends at or before its start time runs past midnight.
  const window = date && from && to ? { start: `${date}T${from}:00${offset}`, end: `${to > from ? date : nextDay(date)}T${to}:00${offset}` } : null;
  return {
    ok: true,
    lab: {
      schema: 'proxlab.class-lab/1',
      name: values.name.trim(),
      services,
      date: date || null,
      window,
      utcOffset: offset,
      expectedGuests: guests,
      node,
    },
  };
}

/** The lab's clock: its own offset, else the one its window was written in; null reads times on the viewer's clock. */
export function labOffset(result: { lab: ClassLab | null; reference: { window: { start: string } | null } }): string | null {
  if (result.lab) return result.lab.utcOffset;
  const written = result.reference.window?.start.match(/[+-]\d\d:\d\d$/);
  return written ? written[0] : null;
}

/** A lab that sets nothing: every check then compares with what most of the class did. */
export const isEmptyLab = (lab: ClassLab) =>
  !lab.name &&
  !lab.services.length &&
  !lab.date &&
  !lab.window &&
  lab.expectedGuests === null &&
  lab.utcOffset === '+07:00' &&
  Object.values(lab.node).every((v) => v === null);
