import { fillTemplate } from '../../../core/catalogue';
import { filterMessages } from '../../../core/capture/filter/messages';

export type FilterMessageKey = keyof typeof filterMessages;

/** A filter the parser cannot read: where, what it expected, what it found. */
export class FilterSyntaxError extends Error {
  constructor(
    /** 0-based character offset in the filter text. */
    readonly position: number,
    /** Catalogue key (filter.error.*) for the user's language. */
    readonly messageKey: FilterMessageKey,
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}

/** Throws the error the catalogue describes, at a 0-based position; {{position}} is 1-based. */
export function filterError(position: number, key: FilterMessageKey, params: Record<string, string | number> = {}): never {
  const all = { ...params, position: position + 1 };
  throw new FilterSyntaxError(position, key, all, fillTemplate(filterMessages[key].en, all));
}
