import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textTable } from '../../../core/format/text-table';

describe('textTable', () => {
  it('pads each column to its widest cell, numbers to the right, without trailing spaces', () => {
    expect(
      textTable(
        [
          ['Parameter', 'Value', 'Index'],
          ['Delay', '2.876 ms', '4'],
          ['Packet loss', '0.00%', ''],
        ],
        [1],
      ),
    ).toEqual(['Parameter       Value  Index', 'Delay        2.876 ms  4', 'Packet loss     0.00%']);
  });

  it('starts every column at one offset in every row', () => {
    const cell = fc.string({ maxLength: 8 }).map((s) => s.replace(/\s/g, 'x'));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((columns) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 6 })),
        (rows) => {
          const lines = textTable(rows);
          rows.forEach((row, r) => {
            let offset = 0;
            row.forEach((text, c) => {
              expect(lines[r].slice(offset, offset + text.length)).toBe(text);
              offset += Math.max(...rows.map((other) => other[c].length)) + 2;
            });
            expect(lines[r]).toBe(lines[r].trimEnd());
          });
        },
      ),
    );
  });
});
