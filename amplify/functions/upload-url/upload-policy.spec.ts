import { checkSize, checkUpload, contentTypeOf, parseUploadKey, partCount, partLength, PART_SIZE_BYTES, uploadKey } from './upload-policy';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const uuid = '0b6c5e4e-9c1f-4a57-9a55-2f7e4d9a1b00';

describe('upload-policy', () => {
  it('should accept mp4, quicktime, webm and matroska when the kind is VIDEO', () => {
    for (const type of ['video/mp4', 'video/quicktime', 'video/webm', 'video/x-matroska']) expect(checkUpload('VIDEO', type, 100 * MiB).ok).toBeTrue();
  });

  it('should refuse a PDF with a reason naming what is accepted when the kind is VIDEO', () => {
    expect(checkUpload('VIDEO', 'application/pdf', MiB)).toEqual({
      ok: false,
      reason: 'This file type is not accepted here: choose an MP4, MOV, WebM or MKV video up to 5 GB.',
    });
  });

  it('should refuse a video larger than 5 GiB, beyond 2^31 bytes as a Float allows', () => {
    expect(checkUpload('VIDEO', 'video/mp4', 5 * GiB).ok).toBeTrue();
    expect(checkUpload('VIDEO', 'video/mp4', 5 * GiB + 1)).toEqual(jasmine.objectContaining({ ok: false, reason: jasmine.stringMatching(/too large/) }));
  });

  it('should accept PDFs and audio backing tracks up to 200 MiB when the kind is MATERIAL', () => {
    for (const type of ['application/pdf', 'audio/mpeg', 'audio/mp4', 'audio/wav', 'audio/x-wav', 'audio/ogg', 'audio/flac', 'audio/aac']) {
      expect(checkUpload('MATERIAL', type, 200 * MiB).ok).withContext(type).toBeTrue();
    }
    expect(checkUpload('MATERIAL', 'application/pdf', 200 * MiB + 1).ok).toBeFalse();
    expect(checkUpload('MATERIAL', 'image/png', MiB).ok).toBeFalse();
    expect(checkUpload('MATERIAL', 'video/mp4', MiB).ok).toBeFalse();
  });

  it('should accept jpeg, png and webp art up to 5 MiB', () => {
    expect(checkUpload('COURSE_ART', 'image/webp', 5 * MiB)).toEqual({ ok: true, extension: 'webp' });
    expect(checkUpload('COURSE_ART', 'image/gif', MiB).ok).toBeFalse();
    expect(checkUpload('COURSE_ART', 'image/jpeg', 5 * MiB + 1).ok).toBeFalse();
  });

  it('should refuse sizes that are not positive whole numbers', () => {
    for (const size of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(checkSize('MATERIAL', size).ok).withContext(String(size)).toBeFalse();
  });

  it('should fall back to the type of the extension when the browser reports none', () => {
    expect(contentTypeOf('VIDEO', 'take.MKV', '')).toBe('video/x-matroska');
    expect(contentTypeOf('COURSE_ART', 'cover.jpeg', '')).toBe('image/jpeg');
    expect(contentTypeOf('VIDEO', 'take.mp4', 'Video/MP4')).toBe('video/mp4');
    expect(contentTypeOf('VIDEO', 'notes.txt', '')).toBe('');
  });

  it('should build keys under the prefix of each kind', () => {
    expect(uploadKey('VIDEO', 'lesson-1', uuid, 'mp4')).toBe(`uploads/lesson-1/${uuid}.mp4`);
    expect(uploadKey('MATERIAL', 'course-1', uuid, 'mp3')).toBe(`materials/course-1/${uuid}.mp3`);
    expect(uploadKey('COURSE_ART', 'course-1', uuid, 'png')).toBe(`art/course-1/${uuid}.png`);
  });

  it('should parse back only keys it could have issued', () => {
    expect(parseUploadKey(`uploads/lesson-1/${uuid}.mp4`)).toEqual({ kind: 'VIDEO', targetId: 'lesson-1', objectId: uuid });
    expect(parseUploadKey(`materials/course-1/${uuid}.flac`)).toEqual({ kind: 'MATERIAL', targetId: 'course-1', objectId: uuid });
    expect(parseUploadKey(`hls/lesson-1/${uuid}.mp4`)).toBeNull();
    expect(parseUploadKey(`uploads/lesson-1/${uuid}.pdf`)).toBeNull();
    expect(parseUploadKey('uploads/../secret.mp4')).toBeNull();
  });

  it('should use parts of at least 8 MiB and count them from the size', () => {
    expect(PART_SIZE_BYTES).toBeGreaterThanOrEqual(8 * MiB);
    expect(partCount(1)).toBe(1);
    expect(partCount(PART_SIZE_BYTES)).toBe(1);
    expect(partCount(PART_SIZE_BYTES + 1)).toBe(2);
    expect(partCount(5 * GiB)).toBeLessThanOrEqual(10_000);
  });

  it('should give every part the part size but the last, which holds the rest', () => {
    expect([1, 2, 3].map((part) => partLength(part, 2 * PART_SIZE_BYTES + 5))).toEqual([PART_SIZE_BYTES, PART_SIZE_BYTES, 5]);
    expect(partLength(1, 10, 4)).toBe(4);
    expect(partLength(3, 10, 4)).toBe(2);
  });
});
