/** What a table left out of its list: rows beyond the top ones, and rows folded during the pass. */
export interface OtherRows {
  /** Rows counted here (a flow folded twice counts twice). */
  rows: number;
  /** Packets and bytes of those rows, summed as the rows count them. */
  packets: number;
  bytes: number;
  /** True when the pass had more rows at once than it keeps: listed rows then count only from when they last came back. */
  folded: boolean;
}

/**
 * Rows listed in a report, per table: the top by bytes. More than a reader can look through
 * (a server picker shows the first few, a lab capture has tens), few enough that a report of
 * a scan or a flood stays a few hundred kilobytes in the JSON and in the saved session; every
 * capture of the corpus has far fewer, so its tables are listed whole.
 */
export const LISTED_ROWS = 1000;

/**
 * Rows one table keeps exactly while the pass goes on. Measured on a scan of a million
 * addresses, each live flow costs some 5 KB of heap (its IP and UDP rows, two endpoints, the
 * endpoint texts and the nested maps that find them), so 2^13 rows per table hold the tables
 * near 40 MB and the whole worker well under 200 MB; 2^15 already took 180 MB. Captures with
 * fewer rows — any lab exercise; the corpus has a few hundred at most — are counted exactly;
 * past it, see RowBudget.
 */
export const LIVE_ROWS = 1 << 13;

/** How a table's rows are measured and taken out of its index when folded. */
export interface RowKind<R> {
  packets(row: R): number;
  bytes(row: R): number;
  /** A counter that grows with every packet the row counts: smaller is longer idle. */
  lastSeen(row: R): number;
  /** Removes the row from the table's lookup so its next packet opens a new row. */
  forget(row: R): void;
}

/**
 * The live rows of one table with a ceiling. When it reaches `limit` rows, the quieter half
 * (fewest bytes; among equals, the longest idle) is folded into "other": a scan's one-packet
 * flows go, while a busy flow — even one that started late — has more bytes than them by the
 * next folding and stays. Totals stay exact (listed + other); folding sorts `limit` rows once
 * per limit/2 new ones, a few operations per packet.
 */
export class RowBudget<R> {
  private live: R[] = [];
  private readonly other: OtherRows = { rows: 0, packets: 0, bytes: 0, folded: false };

  constructor(
    private readonly kind: RowKind<R>,
    private readonly limit = LIVE_ROWS,
  ) {}

  get folded(): boolean {
    return this.other.folded;
  }

  add(row: R): void {
    if (this.live.length >= this.limit) this.fold();
    this.live.push(row);
  }

  /** The top `listed` rows (compare orders them, first is listed first), and what the others add up to. */
  result(compare: (x: R, y: R) => number, listed = LISTED_ROWS): { rows: R[]; other: OtherRows } {
    const sorted = [...this.live].sort(compare);
    const other = { ...this.other };
    for (let i = listed; i < sorted.length; i++) this.count(other, sorted[i]);
    return { rows: sorted.slice(0, listed), other };
  }

  private fold(): void {
    const { kind } = this;
    const quietest = [...this.live].sort((x, y) => kind.bytes(x) - kind.bytes(y) || kind.lastSeen(x) - kind.lastSeen(y));
    const folded = new Set(quietest.slice(0, this.live.length >> 1));
    for (const row of folded) {
      this.count(this.other, row);
      kind.forget(row);
    }
    this.other.folded = true;
    // Kept rows stay in the order they opened, so equal rows list as they did before.
    this.live = this.live.filter((row) => !folded.has(row));
  }

  private count(into: OtherRows, row: R): void {
    into.rows++;
    into.packets += this.kind.packets(row);
    into.bytes += this.kind.bytes(row);
  }
}
