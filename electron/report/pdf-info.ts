// Chromium's PDF printer (Electron's printToPDF and page.pdf alike) takes the Title from the
// document's <title> but writes no Author, whatever the page's <meta name="author"> says. The
// Author (and a Title when one is given) is therefore set here, by an incremental update: the printed bytes
// stay as they are and a new Info dictionary, cross-reference section and trailer are appended
// (PDF 1.7 §7.5.6). Only the classic cross-reference table Chromium writes is read.

export interface PdfInfo {
  /** Left as the printer wrote it (the document's <title>) when not given. */
  title?: string;
  author: string;
}

/** A PDF text string: UTF-16BE with its byte-order mark, written in hex so any name survives. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/**
 * The entries of a dictionary (its text after "<<") whose values are strings, names, numbers,
 * references or flat arrays: key → value as written. Stops at the closing ">>".
 */
function dictionaryEntries(body: string): Map<string, string> {
  const entries = new Map<string, string>();
  let i = 0;
  const skipSpace = () => {
    while (i < body.length && /\s/.test(body[i])) i++;
  };
  while (i < body.length) {
    skipSpace();
    if (body[i] !== '/') break;
    const key = /^\/[^\s/<>()[\]{}%]+/.exec(body.slice(i))![0];
    i += key.length;
    skipSpace();
    const start = i;
    if (body[i] === '(') {
      // A literal string: balanced parentheses, backslash escapes.
      let depth = 0;
      for (; i < body.length; i++) {
        if (body[i] === '\\') i++;
        else if (body[i] === '(') depth++;
        else if (body[i] === ')' && --depth === 0) break;
      }
      i++;
    } else if (body[i] === '<') {
      i = body.indexOf('>', i) + 1;
    } else if (body[i] === '[') {
      i = body.indexOf(']', i) + 1;
    } else {
      const token = /^(\d+\s+\d+\s+R\b|\/?[^\s/<>()[\]{}%]+)/.exec(body.slice(i));
      i += token ? token[0].length : 1;
    }
    entries.set(key, body.slice(start, i));
  }
  return entries;
}

/** The text of the dictionary that opens at or after `from`, up to the end (dictionaryEntries stops at its ">>"). */
function dictionaryAt(text: string, from: number): string {
  const open = text.indexOf('<<', from);
  if (open < 0) throw new Error('the PDF trailer cannot be read');
  return text.slice(open + 2, open + 65536);
}

/** Byte offsets of the objects listed in the cross-reference table that starts at `offset`. */
function crossReferenceOffsets(text: string, offset: number): { offsets: Map<number, number>; trailerAt: number } {
  if (!text.startsWith('xref', offset)) throw new Error('the PDF has no cross-reference table where its trailer says (a cross-reference stream is not read)');
  const offsets = new Map<number, number>();
  const lines = /^xref\s+((?:\d+ \d+\s+(?:\d{10} \d{5} [nf]\s*)+)+)trailer/.exec(text.slice(offset));
  if (!lines) throw new Error('the PDF cross-reference table cannot be read');
  const subsection = /(\d+) (\d+)\s+((?:\d{10} \d{5} [nf]\s*)+)/g;
  for (const [, first, , rows] of lines[1].matchAll(subsection)) {
    [...rows.matchAll(/(\d{10}) \d{5} ([nf])/g)].forEach(([, at, kind], n) => {
      if (kind === 'n') offsets.set(Number(first) + n, Number(at));
    });
  }
  return { offsets, trailerAt: offset + lines[0].length - 'trailer'.length };
}

/** `pdf` with its Author (and Title, when given) set; every other Info entry kept. */
export function withPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  // latin1 maps each byte to one character and back, so offsets are byte offsets.
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!startxref) throw new Error('the PDF has no startxref at its end');
  const previous = Number(startxref[1]);
  const { offsets, trailerAt } = crossReferenceOffsets(text, previous);
  const trailer = dictionaryEntries(dictionaryAt(text, trailerAt));
  const size = Number(trailer.get('/Size'));
  const root = trailer.get('/Root');
  if (!Number.isInteger(size) || !root) throw new Error('the PDF trailer has no /Size or /Root');

  const infoRef = /^(\d+)\s+(\d+)\s+R$/.exec(trailer.get('/Info') ?? '');
  const [infoNumber, infoGeneration] = infoRef ? [Number(infoRef[1]), Number(infoRef[2])] : [size, 0];
  const kept = new Map<string, string>();
  const infoAt = infoRef ? offsets.get(infoNumber) : undefined;
  if (infoAt !== undefined) for (const [key, value] of dictionaryEntries(dictionaryAt(text, infoAt))) kept.set(key, value);
  if (info.title !== undefined) kept.set('/Title', textString(info.title));
  if (info.author) kept.set('/Author', textString(info.author));
  else kept.delete('/Author');

  const separator = text.endsWith('\n') ? '' : '\n';
  const objectAt = pdf.byteLength + separator.length;
  const object = `${infoNumber} ${infoGeneration} obj\n<<${[...kept].map(([key, value]) => `${key} ${value}`).join('\n')}>>\nendobj\n`;
  const xrefAt = objectAt + object.length;
  const id = trailer.get('/ID');
  const update =
    `${separator}${object}xref\n${infoNumber} 1\n${String(objectAt).padStart(10, '0')} ${String(infoGeneration).padStart(5, '0')} n \n` +
    `trailer\n<</Size ${Math.max(size, infoNumber + 1)} /Root ${root} /Info ${infoNumber} ${infoGeneration} R${id ? ` /ID ${id}` : ''} /Prev ${previous}>>\n` +
    `startxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength), Buffer.from(update, 'latin1')]);
}

/** A PDF text string as written (literal or hex): UTF-16BE after its byte-order mark, else PDFDocEncoding read as Latin-1. */
function decodeTextString(written: string): string {
  let bytes: number[];
  if (written.startsWith('<')) {
    const hex = written.slice(1, -1).replace(/\s/g, '');
    bytes = (hex.length % 2 ? `${hex}0` : hex).match(/../g)?.map((pair) => parseInt(pair, 16)) ?? [];
  } else {
    const body = written.slice(1, -1);
    const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    bytes = [];
    for (let i = 0; i < body.length; i++) {
      if (body[i] !== '\\') {
        bytes.push(body.charCodeAt(i));
        continue;
      }
      const next = body[++i];
      const octal = /^[0-7]{1,3}/.exec(body.slice(i));
      if (octal) {
        bytes.push(parseInt(octal[0], 8) & 0xff);
        i += octal[0].length - 1;
      } else if (next in escapes) bytes.push(escapes[next]);
      else if (next !== '\n' && next !== '\r') bytes.push(next.charCodeAt(0));
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
    return text;
  }
  return String.fromCharCode(...bytes);
}

/**
 * The Title and Author of a PDF's Info dictionary, the latest update's (following /Prev back
 * through incremental updates); null where the document has none. Only classic
 * cross-reference tables are read, as Chromium writes them.
 */
export function readPdfInfo(pdf: Uint8Array): { title: string | null; author: string | null } {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!startxref) throw new Error('the PDF has no startxref at its end');
  let section: number | null = Number(startxref[1]);
  let infoNumber: number | null = null;
  const seen = new Set<number>();
  while (section !== null && !seen.has(section)) {
    seen.add(section);
    const { offsets, trailerAt } = crossReferenceOffsets(text, section);
    const trailer = dictionaryEntries(dictionaryAt(text, trailerAt));
    infoNumber ??= Number(/^(\d+)\s+\d+\s+R$/.exec(trailer.get('/Info') ?? '')?.[1] ?? NaN);
    if (Number.isNaN(infoNumber)) return { title: null, author: null };
    const at = offsets.get(infoNumber);
    if (at !== undefined) {
      const info = dictionaryEntries(dictionaryAt(text, at));
      const value = (key: string) => {
        const written = info.get(key);
        return written && /^[(<]/.test(written) ? decodeTextString(written) : null;
      };
      return { title: value('/Title'), author: value('/Author') };
    }
    const previous = trailer.get('/Prev');
    section = previous === undefined ? null : Number(previous);
  }
  return { title: null, author: null };
}
