// `matches` patterns: Wireshark 4.0 compiles them with PCRE2, caseless unless the pattern turns
// that off with (?-i). JavaScript's RegExp reads the same patterns for everything a filter
// usually holds; leading inline flags, which it lacks, become RegExp flags.

/** The compiled pattern, or the reason it is not one. */
export function compilePattern(pattern: string): RegExp | string {
  let flags = new Set(['i']);
  let body = pattern;
  let match: RegExpExecArray | null;
  while ((match = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?\)/.exec(body))) {
    for (const f of match[1]) flags.add(f);
    for (const f of match[2] ?? '') flags.delete(f);
    body = body.slice(match[0].length);
  }
  flags = new Set([...flags].filter((f) => f === 'i' || f === 's' || f === 'm'));
  try {
    return new RegExp(body, [...flags].join(''));
  } catch (error) {
    return (error as Error).message.replace(/^Invalid regular expression: /, '');
  }
}
