// Byte sizes as users write them on the command line (`--max-bytes 20M`) and as messages print them.

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `1048576`, `512K`, `20M`, `1G`, `20MB`, `20MiB` (K, M and G are powers of 1024); null when not a size. */
export function parseSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?) ?([kmg]?)(?:i?b)?$/i.exec(text.trim());
  if (!m) return null;
  const bytes = Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
}

/** `20 MiB`, `1.5 KiB`, `312 bytes`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [unit, size] = bytes < 1024 ** 2 ? ['KiB', 1024] : bytes < 1024 ** 3 ? ['MiB', 1024 ** 2] : ['GiB', 1024 ** 3];
  const n = bytes / (size as number);
  return `${Number.isInteger(n) ? n : n.toFixed(1)} ${unit}`;
}
