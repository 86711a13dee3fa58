import { ThrottledSaver } from './throttled-saver';

/** Lets promise callbacks queued by resolved saves run (jasmine.clock only drives timers). */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('ThrottledSaver', () => {
  let saves: number;
  let inFlight: number;
  let maxInFlight: number;
  let release: (() => void)[];

  function save(): Promise<void> {
    saves++;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<void>((resolve) =>
      release.push(() => {
        inFlight--;
        resolve();
      }),
    );
  }

  async function finishSaves(): Promise<void> {
    release.splice(0).forEach((done) => done());
    await settle();
  }

  beforeEach(() => {
    saves = 0;
    inFlight = 0;
    maxInFlight = 0;
    release = [];
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-11-24T12:00:00Z'));
  });

  afterEach(() => jasmine.clock().uninstall());

  it('should save at once when nothing was saved recently', () => {
    const saver = new ThrottledSaver(save, 15_000);
    saver.request();
    expect(saves).toBe(1);
  });

  it('should save once when many requests arrive within the interval', async () => {
    const saver = new ThrottledSaver(save, 15_000);
    saver.request();
    await finishSaves();
    for (let i = 0; i < 50; i++) {
      jasmine.clock().tick(250);
      saver.request();
    }
    expect(saves).toBe(1);
  });

  it('should save the coalesced requests when the interval has passed', async () => {
    const saver = new ThrottledSaver(save, 15_000);
    saver.request();
    await finishSaves();
    saver.request();
    saver.request();
    jasmine.clock().tick(15_000);
    expect(saves).toBe(2);
  });

  it('should never have two saves in flight when requests and flushes interleave', async () => {
    const saver = new ThrottledSaver(save, 1_000);
    for (let i = 0; i < 10; i++) {
      saver.request();
      void saver.flush();
      saver.request();
      await settle();
      if (i % 2 === 1) await finishSaves();
      jasmine.clock().tick(500);
    }
    expect(maxInFlight).toBe(1);
  });

  it('should save immediately when flushed within the interval', async () => {
    const saver = new ThrottledSaver(save, 15_000);
    saver.request();
    await finishSaves();
    void saver.flush();
    expect(saves).toBe(2);
  });

  it('should queue a flush behind a save in flight', async () => {
    const saver = new ThrottledSaver(save, 15_000);
    saver.request();
    void saver.flush();
    await settle();
    expect(saves).toBe(1);
    await finishSaves();
    expect(saves).toBe(2);
  });

  it('should not save again when nothing was requested after a save', async () => {
    const saver = new ThrottledSaver(save, 15_000);
    saver.request();
    await finishSaves();
    jasmine.clock().tick(60_000);
    expect(saves).toBe(1);
  });
});
