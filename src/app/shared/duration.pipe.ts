import { Pipe, PipeTransform } from '@angular/core';

export type DurationStyle = 'long' | 'clock';

/**
 * Formats a number of seconds: 'long' (default) → "1 h 05 min", "12 min", "45 s";
 * 'clock' → "4:05", "1:02:03". Missing or negative values render as an empty string.
 */
export function formatDuration(seconds: number | null | undefined, style: DurationStyle = 'long'): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return '';
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  if (style === 'clock') {
    const ss = String(secs).padStart(2, '0');
    return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
  }
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} min`;
  if (minutes > 0) return `${minutes} min`;
  return `${secs} s`;
}

@Pipe({ name: 'duration' })
export class DurationPipe implements PipeTransform {
  transform(seconds: number | null | undefined, style: DurationStyle = 'long'): string {
    return formatDuration(seconds, style);
  }
}
