// A duration as Wireshark's Capture File Properties and Proxmox VE's uptime print it; the
// day word is the caller's, in its language and plural.

/** Wireshark's "Elapsed": whole seconds as [D days ]HH:MM:SS. */
export function formatElapsed(seconds: number, dayWord: (days: number) => string): string {
  const whole = Math.floor(seconds);
  const days = Math.floor(whole / 86_400);
  const rest = whole % 86_400;
  const two = (n: number) => String(n).padStart(2, '0');
  const clock = `${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}`;
  return days > 0 ? `${dayWord(days)} ${clock}` : clock;
}
