import { describe, expect, it } from 'vitest';
import { ClassLabSchema } from '../../../../core/class/schema';
import { emptyLabForm, formToLab, isEmptyLab, labToForm } from '../../../../renderer/pages/Class/lab-form';

// The lab definition form: what the lecturer types becomes the lab the main process validates
// with the schema, and a saved lab comes back into the form as it was typed.

const node = ClassLabSchema.parse({}).node;

describe('the lab form', () => {
  it('turns the typed lines, day and times into a lab the schema accepts', () => {
    const checked = formToLab(
      {
        name: ' Minggu 5 ',
        services: '192.168.10.11 WordPress\n\n  fd00::12  \n10.0.0.7, Moodle LMS',
        date: '2026-03-10',
        from: '08:00',
        to: '10:30',
        utcOffset: '+08:00',
        expectedGuests: '3',
      },
      node,
    );
    expect(checked).toEqual({
      ok: true,
      lab: {
        schema: 'proxlab.class-lab/1',
        name: 'Minggu 5',
        services: [
          { address: '192.168.10.11', service: 'WordPress' },
          { address: 'fd00::12', service: null },
          { address: '10.0.0.7', service: 'Moodle LMS' },
        ],
        date: '2026-03-10',
        window: { start: '2026-03-10T08:00:00+08:00', end: '2026-03-10T10:30:00+08:00' },
        utcOffset: '+08:00',
        expectedGuests: 3,
        node,
      },
    });
    if (checked.ok) expect(ClassLabSchema.parse(checked.lab)).toEqual(checked.lab);
  });

  it('ends an evening session that runs past midnight on the next day', () => {
    const checked = formToLab({ ...emptyLabForm(), date: '2026-12-31', from: '19:00', to: '01:00' }, node);
    expect(checked.ok && checked.lab.window).toEqual({ start: '2026-12-31T19:00:00+07:00', end: '2027-01-01T01:00:00+07:00' });
  });

  it('ties each problem to its field', () => {
    expect(formToLab({ ...emptyLabForm(), services: 'wordpress 10.0.0.1', from: '08:00', expectedGuests: '2.5' }, node)).toEqual({
      ok: false,
      problems: { services: 'address', date: 'dateNeeded', to: 'bothTimes', expectedGuests: 'guests' },
    });
    expect(formToLab({ ...emptyLabForm(), date: '2026-03-10', from: '8.00', to: '10:00' }, node)).toEqual({ ok: false, problems: { from: 'time' } });
  });

  it('brings a saved lab back as it was typed', () => {
    const values = {
      name: 'Minggu 5',
      services: '192.168.10.11 WordPress\nfd00::12',
      date: '2026-03-10',
      from: '19:00',
      to: '01:00',
      utcOffset: '+09:00',
      expectedGuests: '4',
    };
    const checked = formToLab(values, node);
    expect(checked.ok && labToForm(checked.lab)).toEqual(values);
  });

  it('sets nothing when left empty, so the class decides every reference', () => {
    const checked = formToLab(emptyLabForm(), node);
    expect(checked.ok && isEmptyLab(checked.lab)).toBe(true);
    const dated = formToLab({ ...emptyLabForm(), date: '2026-03-10' }, node);
    expect(dated.ok && isEmptyLab(dated.lab)).toBe(false);
  });
});
