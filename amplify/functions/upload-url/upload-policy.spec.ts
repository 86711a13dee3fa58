import { checkUpload, parseUploadKey, partCount, PART_SIZE_BYTES, uploadKey } from './upload-policy';

const MiB = 1024 * 1024;
const uuid = '0b6c5e4e-9c1f-4a57-9a55-2f7e4d9a1b00';

describe('upload-policy', () => {
  it('should accept mp4, quicktime and webm when the kind is VIDEO', () => {
    for (const type of ['video/mp4', 'video/quicktime', 'video/webm']) expect(checkUpload('VIDEO', type, 100 * MiB).ok).toBeTrue();
  });

  it('should refuse a PDF when the kind is VIDEO', () => {
    expect(checkUpload('VIDEO', 'application/pdf', MiB)).toEqual(jasmine.objectContaining({ ok: false }));
  });

  it('should refuse a video larger than 10 GiB', () => {
    expect(checkUpload('VIDEO', 'video/mp4', 10 * 1024 * MiB + 1).ok).toBeFalse();
    expect(checkUpload('VIDEO', 'video/mp4', 10 * 1024 * MiB).ok).toBeTrue();
  });

  it('should accept only PDFs up to 50 MiB when the kind is MATERIAL', () => {
    expect(checkUpload('MATERIAL', 'application/pdf', 50 * MiB).ok).toBeTrue();
    expect(checkUpload('MATERIAL', 'application/pdf', 50 * MiB + 1).ok).toBeFalse();
    expect(checkUpload('MATERIAL', 'image/png', MiB).ok).toBeFalse();
  });

  it('should accept jpeg, png and webp art up to 5 MiB', () => {
    expect(checkUpload('COURSE_ART', 'image/webp', 5 * MiB)).toEqual({ ok: true, extension: 'webp' });
    expect(checkUpload('COURSE_ART', 'image/gif', MiB).ok).toBeFalse();
    expect(checkUpload('COURSE_ART', 'image/jpeg', 5 * MiB + 1).ok).toBeFalse();
  });

  it('should build keys under the prefix of each kind', () => {
    expect(uploadKey('VIDEO', 'lesson-1', uuid, 'mp4')).toBe(`uploads/lesson-1/${uuid}.mp4`);
    expect(uploadKey('MATERIAL', 'course-1', uuid, 'pdf')).toBe(`materials/course-1/${uuid}.pdf`);
    expect(uploadKey('COURSE_ART', 'course-1', uuid, 'png')).toBe(`art/course-1/${uuid}.png`);
  });

  it('should parse back only keys it could have issued', () => {
    expect(parseUploadKey(`uploads/lesson-1/${uuid}.mp4`)).toEqual({ kind: 'VIDEO', targetId: 'lesson-1' });
    expect(parseUploadKey(`art/course-1/${uuid}.png`)).toEqual({ kind: 'COURSE_ART', targetId: 'course-1' });
    expect(parseUploadKey(`hls/lesson-1/${uuid}.mp4`)).toBeNull();
    expect(parseUploadKey(`uploads/lesson-1/${uuid}.pdf`)).toBeNull();
    expect(parseUploadKey('uploads/../secret.mp4')).toBeNull();
  });

  it('should use parts of at least 8 MiB and count them from the size', () => {
    expect(PART_SIZE_BYTES).toBeGreaterThanOrEqual(8 * MiB);
    expect(partCount(1)).toBe(1);
    expect(partCount(PART_SIZE_BYTES)).toBe(1);
    expect(partCount(PART_SIZE_BYTES + 1)).toBe(2);
  });
});
