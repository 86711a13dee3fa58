import { PartError } from './part-sender';
import { FakeStorage, FakeUploadApi, etagOf, fakeTarget, fakeTiming, fileOf, settle } from './testing/upload-fakes';
import { UploadSession, type SessionListener } from './upload-session';

describe('UploadSession', () => {
  let storage: FakeStorage;
  let api: FakeUploadApi;
  let progress: number[];
  let timing: ReturnType<typeof fakeTiming>;
  const listener: SessionListener = { progress: (sent) => progress.push(sent) };

  beforeEach(() => {
    storage = new FakeStorage();
    api = new FakeUploadApi();
    progress = [];
    timing = fakeTiming();
  });

  const session = (sizeBytes: number, target = fakeTarget(sizeBytes, 4)) =>
    new UploadSession(fileOf(sizeBytes), target, api, storage.send, listener, timing.options);

  it('should send parts of the server part size with the rest in the last part when the file is not a multiple of it', async () => {
    storage.autoSucceed = true;

    await session(10).run();

    expect(storage.sent.map((part) => [part.partNumber, part.size])).toEqual([[1, 4], [2, 4], [3, 2]]);
  });

  it('should complete with every ETag in part order when all parts are sent', async () => {
    storage.autoSucceed = true;

    const outcome = await session(10).run();

    expect(outcome).toEqual({ state: 'completed', key: fakeTarget(10, 4).key });
    expect(api.called('complete')).toEqual([[fakeTarget(10, 4).key, 'upload-1', [etagOf(1), etagOf(2), etagOf(3)]]]);
  });

  it('should keep at most three parts in flight when the file has many parts', async () => {
    const running = session(40).run();
    await settle();

    expect(storage.inFlight).toBe(3);
    while (storage.pending().some((part) => !part.signal.aborted)) {
      storage.sent.filter((part) => !part.signal.aborted).forEach((part) => part.succeed());
      await settle();
      if (storage.sent.length === 10 && storage.inFlight === 0) break;
    }
    await running;
    expect(storage.maxInFlight).toBe(3);
    expect(storage.sent.length).toBe(10);
  });

  it('should send only the parts storage does not hold in full when resumed from ListParts', async () => {
    storage.autoSucceed = true;
    const target = fakeTarget(14, 4, [
      { partNumber: 1, etag: etagOf(1), sizeBytes: 4 },
      { partNumber: 3, etag: etagOf(3), sizeBytes: 4 },
      { partNumber: 2, etag: '"short"', sizeBytes: 1 },
    ]);

    await session(14, target).run();

    expect(storage.sent.map((part) => part.partNumber)).toEqual([2, 4]);
    expect(api.called('complete')[0]?.[2]).toEqual([etagOf(1), etagOf(2), etagOf(3), etagOf(4)]);
  });

  it('should report finished and in-flight bytes as progress', async () => {
    const running = session(8).run();
    await settle();

    storage.sent[0].progress(3);
    storage.sent[1].progress(1);
    storage.sent[0].succeed();
    await settle();
    expect(progress.slice(-1)).toEqual([5]);

    storage.sent[1].succeed();
    await running;
    expect(progress.slice(-1)).toEqual([8]);
  });

  it('should abort parts in flight, keep the finished ones and send only the rest when paused and resumed', async () => {
    const upload = session(12);
    const first = upload.run();
    await settle();
    storage.sent[0].succeed();
    await settle();

    upload.pause();

    expect(await first).toEqual({ state: 'paused' });
    expect(storage.sent.slice(1).every((part) => part.signal.aborted)).toBeTrue();
    api.storageHolds = [{ partNumber: 1, etag: etagOf(1), sizeBytes: 4 }];
    storage.autoSucceed = true;
    const sentBefore = storage.sent.length;

    expect(await upload.run()).toEqual(jasmine.objectContaining({ state: 'completed' }));
    expect(api.called('resume').length).toBe(1);
    expect(storage.sent.slice(sentBefore).map((part) => part.partNumber).sort()).toEqual([2, 3]);
  });

  it('should retry a part after growing waits when the network fails, and go on', async () => {
    const running = session(4).run();
    for (let attempt = 0; attempt < 2; attempt++) {
      await settle();
      storage.sent[attempt].fail('network');
    }
    await settle();
    storage.sent[2].succeed();

    expect(await running).toEqual(jasmine.objectContaining({ state: 'completed' }));
    expect(timing.waits).toEqual([10, 20]);
  });

  it('should reject with the network failure once the retries are used up', async () => {
    storage.autoSucceed = false;
    const running = session(4).run();
    for (let attempt = 0; attempt < 4; attempt++) {
      await settle();
      storage.sent[attempt].fail('network');
    }

    await expectAsync(running).toBeRejectedWith(jasmine.objectContaining({ failure: 'network' }));
    expect(timing.waits).toEqual([10, 20, 40]);
    expect(api.called('complete')).toEqual([]);
  });

  it('should fetch fresh part URLs and send the part again when storage says its URL expired', async () => {
    const running = session(4).run();
    await settle();
    storage.sent[0].fail('expired');
    await settle();
    storage.sent[1].succeed();

    await running;
    expect(api.called('resume').length).toBe(1);
    expect(new URL(storage.sent[1].url).searchParams.get('generation')).toBe('2');
  });

  it('should refresh part URLs before sending when they are about to expire', async () => {
    storage.autoSucceed = true;
    const upload = session(4, fakeTarget(4, 4, [], 1, 120_000));
    timing.advance(90_000);

    await upload.run();

    expect(api.called('resume').length).toBe(1);
    expect(new URL(storage.sent[0].url).searchParams.get('generation')).toBe('2');
  });

  it('should stop the other parts and reject when storage refuses a part', async () => {
    const running = session(12).run();
    await settle();
    storage.sent[1].fail('refused');

    await expectAsync(running).toBeRejectedWith(jasmine.any(PartError));
    expect(storage.sent.filter((part) => part.partNumber !== 2).every((part) => part.signal.aborted)).toBeTrue();
  });
});
