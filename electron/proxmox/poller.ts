// A live poll of one source (every 2 s by default): one request in flight at most, pausable
// (the window is hidden), and a failed poll — a reset connection, a timeout — is reported and
// followed by the next one instead of ending the stream.

export interface PollerOptions<T> {
  intervalMs?: number;
  onSample(sample: T): void;
  onError(error: unknown): void;
}

export type PollerState = 'idle' | 'running' | 'paused' | 'stopped';

export class Poller<T> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private current: PollerState = 'idle';
  private intervalMs: number;

  constructor(
    private readonly fetch: () => Promise<T>,
    private readonly options: PollerOptions<T>,
  ) {
    this.intervalMs = options.intervalMs ?? 2000;
  }

  get state(): PollerState {
    return this.current;
  }

  start(): void {
    if (this.current === 'running' || this.current === 'stopped') return;
    this.current = 'running';
    this.schedule(0);
  }

  pause(): void {
    if (this.current !== 'running') return;
    this.current = 'paused';
    this.clear();
  }

  resume(): void {
    if (this.current === 'paused') this.start();
  }

  setInterval(ms: number): void {
    this.intervalMs = Math.max(250, ms);
    if (this.current === 'running' && !this.inFlight) {
      this.clear();
      this.schedule(this.intervalMs);
    }
  }

  /** Stops for good; resolves when a poll in flight has settled. */
  async stop(): Promise<void> {
    this.current = 'stopped';
    this.clear();
    await this.inFlight;
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.inFlight = this.tick().finally(() => {
        this.inFlight = null;
        if (this.current === 'running') this.schedule(this.intervalMs);
      });
    }, delay);
  }

  private async tick(): Promise<void> {
    try {
      const sample = await this.fetch();
      if (this.current !== 'stopped') this.options.onSample(sample);
    } catch (error) {
      if (this.current !== 'stopped') this.options.onError(error);
    }
  }
}
