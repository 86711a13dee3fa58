import { synthOnce } from '../synth/synth-backend';
import { matchesEventPattern, matchesS3Notification, readDeployedWiring, type DeployedWiring } from './deployed-wiring';

describe('readDeployedWiring', () => {
  let wiring: DeployedWiring;

  beforeAll(async () => {
    wiring = readDeployedWiring(await synthOnce());
  }, 120_000);

  it('should route object-created events under uploads/ to transcode', () => {
    expect(wiring.s3Notifications).toEqual([
      { functionName: 'transcode', events: ['s3:ObjectCreated:*'], prefix: 'uploads/', suffix: undefined },
    ]);
  });

  it('should route MediaConvert job state changes to transcode-complete', () => {
    const rule = wiring.eventRules.find((r) => r.functionNames.includes('transcode-complete'));
    expect(rule?.pattern).toEqual(jasmine.objectContaining({ source: ['aws.mediaconvert'] }));
  });

  it('should expose the stripe webhook through a public Function URL', () => {
    expect(wiring.functionUrls).toEqual([{ functionName: 'stripe-webhook', authType: 'NONE' }]);
  });
});

describe('matchesS3Notification', () => {
  const notification = { functionName: 'transcode', events: ['s3:ObjectCreated:*'], prefix: 'uploads/' };

  it('should match a put under the prefix', () => {
    expect(matchesS3Notification(notification, 'ObjectCreated:Put', 'uploads/l1/a.mp4')).toBeTrue();
  });

  it('should not match a key outside the prefix', () => {
    expect(matchesS3Notification(notification, 'ObjectCreated:Put', 'hls/l1/master.m3u8')).toBeFalse();
  });

  it('should not match another event type', () => {
    expect(matchesS3Notification(notification, 'ObjectRemoved:Delete', 'uploads/l1/a.mp4')).toBeFalse();
  });
});

describe('matchesEventPattern', () => {
  const pattern = { source: ['aws.mediaconvert'], 'detail-type': ['MediaConvert Job State Change'], detail: { status: ['COMPLETE', 'ERROR'] } };
  const event = (status: string) => ({ source: 'aws.mediaconvert', 'detail-type': 'MediaConvert Job State Change', detail: { status } });

  it('should match a completed job', () => {
    expect(matchesEventPattern(pattern, event('COMPLETE'))).toBeTrue();
  });

  it('should not match a job still progressing', () => {
    expect(matchesEventPattern(pattern, event('PROGRESSING'))).toBeFalse();
  });
});
