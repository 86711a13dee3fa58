import { PlayerStore } from './player-store.service';
import { FakeMediaElement } from '../testing/fake-media-element';

describe('PlayerStore', () => {
  let store: PlayerStore;
  let media: FakeMediaElement;

  beforeEach(() => {
    store = new PlayerStore();
    media = new FakeMediaElement();
    media.loadMetadata(60);
    store.attach(media);
  });

  describe('A-B loop', () => {
    it('should seek back to A when playback reaches B while the loop is on', () => {
      media.advanceTo(1);
      store.markA();
      media.advanceTo(3);
      store.markB();
      media.advanceTo(3.1);
      expect(media.currentTime).toBe(1);
    });

    it('should seek back to A when a frame check finds playback past B', () => {
      media.advanceTo(1);
      store.markA();
      media.advanceTo(3);
      store.markB();
      media.currentTime = 3.02;
      store.enforceLoop();
      expect(media.currentTime).toBe(1);
    });

    it('should keep playing past B when the loop is toggled off', () => {
      media.advanceTo(1);
      store.markA();
      media.advanceTo(3);
      store.markB();
      store.toggleLoop();
      media.advanceTo(3.5);
      expect(media.currentTime).toBe(3.5);
    });

    it('should refuse B when it is not more than 0.5 s after A', () => {
      media.advanceTo(2);
      store.markA();
      media.advanceTo(2.4);
      expect(store.markB()).toBeFalse();
      expect(store.loopEnd()).toBeNull();
    });

    it('should refuse B when A is not set', () => {
      media.advanceTo(2);
      expect(store.markB()).toBeFalse();
    });

    it('should drop B when A is moved past it', () => {
      media.advanceTo(1);
      store.markA();
      media.advanceTo(3);
      store.markB();
      store.toggleLoop();
      media.advanceTo(4);
      store.markA();
      expect(store.loop()).toBeNull();
    });

    it('should not enable the loop when toggled without A and B', () => {
      store.toggleLoop();
      expect(store.loopEnabled()).toBeFalse();
    });

    it('should forget both points when cleared', () => {
      media.advanceTo(1);
      store.markA();
      media.advanceTo(3);
      store.markB();
      store.clearLoop();
      media.advanceTo(3.5);
      expect(media.currentTime).toBe(3.5);
    });

    it('should jump to the start of a saved loop when it is applied', () => {
      store.applyLoop({ start: 10, end: 12 });
      expect(media.currentTime).toBe(10);
    });

    it('should refuse a saved loop shorter than 0.5 s', () => {
      expect(store.applyLoop({ start: 10, end: 10.2 })).toBeFalse();
    });
  });

  describe('speed', () => {
    it('should keep the pitch when the speed changes', () => {
      store.setSpeed(0.75);
      expect(media.preservesPitch).toBeTrue();
    });

    it('should apply the speed to the element when set', () => {
      store.setSpeed(0.75);
      expect(media.playbackRate).toBe(0.75);
    });

    it('should not go below 0.5x when slowed repeatedly', () => {
      for (let i = 0; i < 20; i++) store.changeSpeed(-0.05);
      expect(media.playbackRate).toBe(0.5);
    });

    it('should not go above 1.5x when sped up repeatedly', () => {
      for (let i = 0; i < 20; i++) store.changeSpeed(0.1);
      expect(store.speed()).toBe(1.5);
    });

    it('should land exactly on the 0.05 grid when stepped', () => {
      store.changeSpeed(-0.05);
      store.changeSpeed(-0.05);
      store.changeSpeed(-0.05);
      expect(store.speed()).toBe(0.85);
    });

    it('should reapply the speed when a new source has loaded', () => {
      store.setSpeed(0.6);
      media.playbackRate = 1;
      media.emit('loadeddata');
      expect(media.playbackRate).toBe(0.6);
    });
  });

  describe('transport', () => {
    it('should play when toggled while paused', () => {
      store.togglePlay();
      expect(store.paused()).toBeFalse();
    });

    it('should pause when toggled while playing', () => {
      store.togglePlay();
      store.togglePlay();
      expect(media.paused).toBeTrue();
    });

    it('should not seek before the start when seeking back near 0', () => {
      media.advanceTo(2);
      store.seekBy(-5);
      expect(media.currentTime).toBe(0);
    });

    it('should not seek past the end when seeking forward near the end', () => {
      media.advanceTo(58);
      store.seekBy(5);
      expect(media.currentTime).toBe(60);
    });

    it('should stop listening to the element when detached', () => {
      const other = new FakeMediaElement();
      const detach = new PlayerStore().attach(other);
      detach();
      expect(other.listenerCount()).toBe(0);
    });
  });
});
