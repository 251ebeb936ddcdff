import type { CatalogueEntry } from '../catalogue';

// Why a comparison of services could not be graded with the threshold set asked for.

export const comparisonMessages = {
  'comparison.error.needsCapacity': {
    en: 'This threshold set grades throughput as a share of the link: enter the link capacity in Mbit/s.',
    id: 'Tabel ambang ini menilai throughput sebagai persentase kapasitas link: isi kapasitas link dalam Mbit/s.',
  },
  'comparison.error.unknownSet': {
    en: 'This threshold set no longer exists; choose another.',
    id: 'Tabel ambang ini sudah tidak ada; pilih tabel lain.',
  },
} as const satisfies Record<string, CatalogueEntry>;
