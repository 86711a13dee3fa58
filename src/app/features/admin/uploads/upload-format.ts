const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/** 1536 → "1.5 KB" (binary steps, as file managers show sizes). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${Math.round(value)} ${UNITS[0]}` : `${value < 10 ? value.toFixed(1) : Math.round(value)} ${UNITS[unit]}`;
}

export function formatSpeed(bytesPerSecond: number): string {
  return `${formatBytes(bytesPerSecond)}/s`;
}

/** 42 → "42 s left", 150 → "3 min left", 7300 → "2 h 2 min left". */
export function formatTimeLeft(seconds: number): string {
  if (seconds < 60) return $localize`:@@admin.upload.left.seconds:${Math.max(1, Math.round(seconds))}:seconds: s left`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return $localize`:@@admin.upload.left.minutes:${minutes}:minutes: min left`;
  return $localize`:@@admin.upload.left.hours:${Math.floor(minutes / 60)}:hours: h ${minutes % 60}:minutes: min left`;
}
