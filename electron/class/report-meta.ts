import { open } from 'node:fs/promises';
import { readRegularFile } from '../files/read-regular';
import { readPdfInfo } from '../report/pdf-info';

// Who a printed report says wrote it: the group's names ProxLab puts in the HTML's
// <meta name="author"> and the PDF's Author (core/identity.ts groupAuthor), and the title.

/** The head of the HTML, where ProxLab writes both; the inlined fonts come after them. */
const HTML_HEAD_BYTES = 64 << 10;
/** Far above a printed lab report with its charts. */
const PDF_MAX_BYTES = 64 << 20;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeHtml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? whole),
  );

async function htmlHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HTML_HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HTML_HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

export async function reportMetadata(file: string, kind: 'html' | 'pdf'): Promise<{ title: string | null; author: string | null }> {
  if (kind === 'pdf') return readPdfInfo(await readRegularFile(file, PDF_MAX_BYTES));
  const head = await htmlHead(file);
  const title = /<title>([^<]*)<\/title>/i.exec(head)?.[1];
  const author = /<meta\s+name="author"\s+content="([^"]*)"/i.exec(head)?.[1];
  return { title: title === undefined ? null : unescapeHtml(title), author: author === undefined ? null : unescapeHtml(author) };
}
