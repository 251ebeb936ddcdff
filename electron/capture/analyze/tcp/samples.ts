/** A growable list of numbers in a Float64Array: RTT samples kept exactly, 8 bytes each. */
const NONE = new Float64Array(0);

export class SampleList {
  length = 0;
  private values = NONE;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(Math.max(8, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  /** A view of the samples (no copy); valid until the next push. */
  view(): Float64Array {
    return this.values.subarray(0, this.length);
  }
}
