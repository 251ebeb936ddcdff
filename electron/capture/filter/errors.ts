/** A filter the parser cannot read: where, what it expected, what it found. */
export class FilterSyntaxError extends Error {
  constructor(
    /** 0-based character offset in the filter text. */
    readonly position: number,
    /** Catalogue key (filter.error.*) for the user's language. */
    readonly messageKey: string,
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}
