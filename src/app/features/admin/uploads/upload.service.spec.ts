import { TestBed } from '@angular/core/testing';
import { BackendError } from '../../../core/data/backend-call';
import { PART_SENDER } from './part-sender';
import { ResumeStore, type PendingUpload } from './resume-store';
import { FakeStorage, FakeUploadApi, etagOf, fakeTarget, fakeTiming, fileOf, settle } from './testing/upload-fakes';
import { UploadApi } from './upload-api';
import { UPLOAD_SESSION_OPTIONS, UploadService } from './upload.service';

describe('UploadService', () => {
  let storage: FakeStorage;
  let api: FakeUploadApi;
  let timing: ReturnType<typeof fakeTiming>;
  let completed: string[];

  const slot = { kind: 'VIDEO', targetId: 'l-1', lessonId: null } as const;
  const service = (): UploadService => {
    const upload = TestBed.inject(UploadService);
    upload.configure(() => slot, (key) => completed.push(key));
    return upload;
  };
  const pendingOf = (file: File, percent: number): PendingUpload => ({
    key: fakeTarget(file.size, 4).key,
    uploadId: 'upload-1',
    fileName: file.name,
    sizeBytes: file.size,
    lastModified: file.lastModified,
    kind: 'VIDEO',
    targetId: 'l-1',
    lessonId: null,
    percent,
  });

  beforeEach(() => {
    localStorage.clear();
    storage = new FakeStorage();
    api = new FakeUploadApi();
    timing = fakeTiming();
    completed = [];
    TestBed.configureTestingModule({
      providers: [
        UploadService,
        { provide: UploadApi, useValue: api },
        { provide: PART_SENDER, useValue: storage.send },
        { provide: UPLOAD_SESSION_OPTIONS, useValue: timing.options },
      ],
    });
  });

  afterEach(() => localStorage.clear());

  it('should refuse a file of the wrong type with a reason and send nothing', async () => {
    const upload = service();

    await upload.choose(fileOf(10, 'notes.pdf', 'application/pdf'));

    expect(upload.message()).toBe('notes.pdf: This file type is not accepted here: choose an MP4, MOV, WebM or MKV video up to 5 GB.');
    expect(upload.phase()).toBe('idle');
    expect(api.calls).toEqual([]);
  });

  it('should refuse a video over 5 GB with a reason and send nothing', async () => {
    const upload = service();
    const huge = { name: 'huge.mp4', type: 'video/mp4', size: 5 * 1024 ** 3 + 1, lastModified: 1 } as File;

    await upload.choose(huge);

    expect(upload.message()).toMatch(/too large/);
    expect(api.calls).toEqual([]);
  });

  it('should create the upload with the checked type, send the parts and emit the key when it completes', async () => {
    storage.autoSucceed = true;
    const upload = service();

    await upload.choose(fileOf(10, 'take.mkv', ''));

    expect(api.called('create')).toEqual([[{ kind: 'VIDEO', targetId: 'l-1', lessonId: null, fileName: 'take.mkv', contentType: 'video/x-matroska', sizeBytes: 10 }]]);
    expect(upload.phase()).toBe('done');
    expect(upload.percent()).toBe(100);
    expect(completed).toEqual([fakeTarget(10, 4).key]);
    expect(TestBed.inject(ResumeStore).find('VIDEO', 'l-1')).toBeNull();
  });

  it('should create a material upload for the lesson chosen when the file is chosen', async () => {
    storage.autoSucceed = true;
    const upload = TestBed.inject(UploadService);
    let lessonId: string | null = null;
    upload.configure(() => ({ kind: 'MATERIAL', targetId: 'c-1', lessonId }), () => undefined);
    lessonId = 'l-2';

    await upload.choose(fileOf(10, 'Backing.mp3', 'audio/mpeg'));

    expect(api.called('create')[0]?.[0]).toEqual(jasmine.objectContaining({ kind: 'MATERIAL', targetId: 'c-1', lessonId: 'l-2', contentType: 'audio/mpeg' }));
  });

  it('should remember the upload and its percent while parts finish', async () => {
    const upload = service();
    const file = fileOf(16);
    void upload.choose(file);
    await settle();
    storage.sent[0].succeed();
    await settle();

    expect(TestBed.inject(ResumeStore).find('VIDEO', 'l-1')).toEqual(pendingOf(file, 25));
    expect(upload.phase()).toBe('uploading');
  });

  it('should show percent, speed and time left from the bytes sent over time', async () => {
    const upload = service();
    void upload.choose(fileOf(16));
    await settle();

    storage.sent[0].progress(0);
    timing.advance(1000);
    storage.sent[0].progress(4);
    timing.advance(1000);
    storage.sent[1].progress(4);

    expect(upload.percent()).toBe(50);
    expect(upload.bytesPerSecond()).toBe(4);
    expect(upload.secondsLeft()).toBe(2);
  });

  it('should pause with the finished parts kept and send only the others when resumed', async () => {
    const upload = service();
    void upload.choose(fileOf(12));
    await settle();
    storage.sent[0].succeed();
    await settle();

    upload.pause();
    await settle();
    expect(upload.phase()).toBe('paused');

    api.storageHolds = [{ partNumber: 1, etag: etagOf(1), sizeBytes: 4 }];
    storage.autoSucceed = true;
    const before = storage.sent.length;
    await upload.resume();

    expect(upload.phase()).toBe('done');
    expect(storage.sent.slice(before).map((part) => part.partNumber).sort()).toEqual([2, 3]);
  });

  it('should call abortUpload and forget the upload when cancelled', async () => {
    const upload = service();
    void upload.choose(fileOf(12));
    await settle();

    await upload.cancel();

    expect(api.called('abort')).toEqual([[fakeTarget(12, 4).key, 'upload-1']]);
    expect(storage.sent.every((part) => part.signal.aborted)).toBeTrue();
    expect(upload.phase()).toBe('idle');
    expect(TestBed.inject(ResumeStore).find('VIDEO', 'l-1')).toBeNull();
    expect(completed).toEqual([]);
  });

  it('should offer an upload interrupted by a reload and resume it sending only the missing parts when the same file is chosen', async () => {
    const file = fileOf(16);
    TestBed.inject(ResumeStore).save(pendingOf(file, 50));
    api.storageHolds = [1, 2].map((partNumber) => ({ partNumber, etag: etagOf(partNumber), sizeBytes: 4 }));
    storage.autoSucceed = true;
    const upload = service();

    expect(upload.phase()).toBe('interrupted');
    expect(upload.pending()?.percent).toBe(50);

    await upload.choose(fileOf(16));

    expect(api.called('create')).toEqual([]);
    expect(api.called('resume')).toEqual([[fakeTarget(16, 4).key, 'upload-1', 16]]);
    expect(storage.sent.map((part) => part.partNumber).sort()).toEqual([3, 4]);
    expect(api.called('complete')[0]?.[2]).toEqual([1, 2, 3, 4].map(etagOf));
    expect(completed.length).toBe(1);
  });

  it('should abort the interrupted upload and start anew when another file is chosen', async () => {
    TestBed.inject(ResumeStore).save(pendingOf(fileOf(16), 50));
    storage.autoSucceed = true;
    const upload = service();

    await upload.choose(fileOf(16, 'other.mp4'));

    expect(api.called('abort').length).toBe(1);
    expect(api.called('create').length).toBe(1);
    expect(upload.phase()).toBe('done');
  });

  it('should start over with the same file when the interrupted upload no longer exists', async () => {
    const file = fileOf(8);
    TestBed.inject(ResumeStore).save(pendingOf(file, 50));
    api.resumeFailure = new BackendError('not-found', 'This upload is no longer open.');
    storage.autoSucceed = true;
    const upload = service();

    await upload.choose(file);

    expect(api.called('create').length).toBe(1);
    expect(storage.sent.length).toBe(2);
    expect(upload.phase()).toBe('done');
  });

  it('should fail with a message a person can act on and retry only the unsent parts', async () => {
    const upload = service();
    void upload.choose(fileOf(8));
    await settle();
    storage.sent[0].succeed();
    storage.sent[1].fail('refused');
    await settle();

    expect(upload.phase()).toBe('failed');
    expect(upload.message()).toMatch(/Retry/);

    api.storageHolds = [{ partNumber: 1, etag: etagOf(1), sizeBytes: 4 }];
    storage.autoSucceed = true;
    await upload.retry();

    expect(upload.phase()).toBe('done');
    expect(storage.sent.slice(2).map((part) => part.partNumber)).toEqual([2]);
  });

  it('should show the server refusal when createUpload is refused', async () => {
    api.createFailure = new BackendError('invalid', 'This file is too large.');
    const upload = service();

    await upload.choose(fileOf(8));

    expect(upload.phase()).toBe('failed');
    expect(upload.message()).toBe('This file is too large.');
  });
});
