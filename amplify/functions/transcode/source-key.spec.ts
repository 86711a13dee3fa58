import { decodeS3EventKey, lessonIdFromSourceKey } from './source-key';

describe('source-key', () => {
  it('should find the lesson id when the key is uploads/<lessonId>/<file>', () => {
    expect(lessonIdFromSourceKey('uploads/lesson-1/0b6c.mp4')).toBe('lesson-1');
  });

  it('should ignore keys outside uploads/ or nested deeper', () => {
    expect(lessonIdFromSourceKey('hls/lesson-1/master.m3u8')).toBeNull();
    expect(lessonIdFromSourceKey('uploads/lesson-1/a/b.mp4')).toBeNull();
    expect(lessonIdFromSourceKey('uploads/lesson-1/')).toBeNull();
  });

  it('should decode S3 event keys when they contain escapes and plus signs', () => {
    expect(decodeS3EventKey('uploads/l1/my+take%282%29.mp4')).toBe('uploads/l1/my take(2).mp4');
  });
});
