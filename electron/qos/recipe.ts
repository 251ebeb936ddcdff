// The recipe column, "Resep praktikum" (docs/qos-method.md §Recipe): the recipe students are taught, reproduced exactly.
// Timestamps are whole nanoseconds so every difference is exact (doubles hold integers to 2^53
// ns, about 104 days of capture).

export interface RecipeTiming {
  packets: number;
  bytes: number;
  /** T = tN − t1 in ns. */
  timeSpanNs: number;
  /** Σ di with d1 = 0 (= T). */
  sumDeltaNs: number;
  /** Σ over i = 2..N of |di − d(i−1)|. */
  sumAbsDeltaChangeNs: number;
}

export interface RecipeNumbers extends RecipeTiming {
  throughputBytesPerSecond: number | null;
  throughputBitsPerSecond: number | null;
  /** Σ di / N */
  delayMs: number | null;
  /** Σ |di − d(i−1)| / (N − 1) */
  jitterMs: number | null;
  /** Σ (di − mean d) / N as printed in some papers: always 0, because Σ di − N·mean d = 0. */
  jitterZeroVariantMs: number | null;
}

/** Streams displayed packets in file order: (timestamp, frame length) per packet. */
export class RecipeAccumulator {
  private packets = 0;
  private bytes = 0;
  // Seconds are taken relative to the first packet's so that ns values stay far below 2^53.
  private baseSeconds = 0;
  private firstNs = 0;
  private previousNs = 0;
  private previousDeltaNs = 0;
  private sumAbsDeltaChangeNs = 0;

  add(seconds: number, nanoseconds: number, frameLength: number): void {
    if (this.packets === 0) this.baseSeconds = seconds;
    const ns = (seconds - this.baseSeconds) * 1e9 + nanoseconds;
    if (this.packets === 0) {
      this.firstNs = ns;
    } else {
      const delta = ns - this.previousNs;
      this.sumAbsDeltaChangeNs += Math.abs(delta - this.previousDeltaNs);
      this.previousDeltaNs = delta;
    }
    this.previousNs = ns;
    this.packets++;
    this.bytes += frameLength;
  }

  timing(): RecipeTiming {
    const span = this.packets === 0 ? 0 : this.previousNs - this.firstNs;
    return { packets: this.packets, bytes: this.bytes, timeSpanNs: span, sumDeltaNs: span, sumAbsDeltaChangeNs: this.sumAbsDeltaChangeNs };
  }

  result(): RecipeNumbers {
    return recipeFromTiming(this.timing());
  }
}

export function recipeFromTiming(t: RecipeTiming): RecipeNumbers {
  const seconds = t.timeSpanNs / 1e9;
  const throughput = t.packets > 1 && t.timeSpanNs > 0 ? t.bytes / seconds : null;
  return {
    ...t,
    throughputBytesPerSecond: throughput,
    throughputBitsPerSecond: throughput === null ? null : throughput * 8,
    delayMs: t.packets > 0 ? t.sumDeltaNs / t.packets / 1e6 : null,
    jitterMs: t.packets > 1 ? t.sumAbsDeltaChangeNs / (t.packets - 1) / 1e6 : null,
    jitterZeroVariantMs: t.packets > 0 ? 0 : null,
  };
}

export interface LossEvidence {
  kind: 'tcp' | 'icmp' | 'rtp' | 'none';
  sent: number;
  received: number;
}

/** (sent − received) / sent × 100; null without evidence. */
export function recipeLossPercent(evidence: LossEvidence): number | null {
  if (evidence.kind === 'none' || evidence.sent <= 0) return null;
  return ((evidence.sent - evidence.received) / evidence.sent) * 100;
}
