import { formatBytes, formatSpeed, formatTimeLeft } from './upload-format';

describe('upload-format', () => {
  it('should show sizes in binary steps with one decimal below ten', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(40 * 1024 * 1024)).toBe('40 MB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GB');
  });

  it('should show speed per second', () => {
    expect(formatSpeed(3.2 * 1024 * 1024)).toBe('3.2 MB/s');
  });

  it('should show time left in seconds, then minutes, then hours', () => {
    expect(formatTimeLeft(42)).toBe('42 s left');
    expect(formatTimeLeft(150)).toBe('3 min left');
    expect(formatTimeLeft(7300)).toBe('2 h 2 min left');
  });
});
