import {
  AUDIO_NORMALIZATION,
  HLS_LADDER,
  SEGMENT_SECONDS,
  masterPlaylistKey,
  rungsForSourceHeight,
  segmentName,
  toMediaConvertOutputGroup,
  variantPlaylistName,
} from './hls-ladder';

describe('hls-ladder', () => {
  const group = toMediaConvertOutputGroup('media-bucket', 'hls/lesson-1/abc/', HLS_LADDER);

  it('should define 360p, 540p, 720p and 1080p rungs with rising bitrates', () => {
    expect(HLS_LADDER.map((rung) => rung.name)).toEqual(['360p', '540p', '720p', '1080p']);
    const bitrates = HLS_LADDER.map((rung) => rung.videoBitsPerSecond);
    expect([...bitrates].sort((a, b) => a - b)).toEqual(bitrates);
  });

  it('should write HLS into the job folder as master so the master playlist is master.m3u8', () => {
    expect(group.OutputGroupSettings?.Type).toBe('HLS_GROUP_SETTINGS');
    expect(group.OutputGroupSettings?.HlsGroupSettings?.Destination).toBe('s3://media-bucket/hls/lesson-1/abc/master');
    expect(masterPlaylistKey('hls/lesson-1/abc/')).toBe('hls/lesson-1/abc/master.m3u8');
  });

  it('should use the shared segment length when segmenting', () => {
    expect(group.OutputGroupSettings?.HlsGroupSettings?.SegmentLength).toBe(SEGMENT_SECONDS);
  });

  it('should emit one H.264 + AAC output per rung named _<rung> when converting the ladder', () => {
    const outputs = group.Outputs ?? [];
    expect(outputs.map((output) => output.NameModifier)).toEqual(HLS_LADDER.map((rung) => `_${rung.name}`));
    outputs.forEach((output, index) => {
      const rung = HLS_LADDER[index];
      expect(output.VideoDescription?.Width).toBe(rung.width);
      expect(output.VideoDescription?.Height).toBe(rung.height);
      expect(output.VideoDescription?.CodecSettings?.Codec).toBe('H_264');
      expect(output.VideoDescription?.CodecSettings?.H264Settings?.MaxBitrate).toBe(rung.videoBitsPerSecond);
      expect(output.AudioDescriptions?.[0]?.CodecSettings?.Codec).toBe('AAC');
      expect(output.AudioDescriptions?.[0]?.CodecSettings?.AacSettings?.Bitrate).toBe(rung.audioBitsPerSecond);
      expect(output.ContainerSettings?.Container).toBe('M3U8');
    });
  });

  it('should normalise every rung’s audio to -14 LKFS with BS.1770 correction', () => {
    expect(AUDIO_NORMALIZATION).toEqual(jasmine.objectContaining({ Algorithm: 'ITU_BS_1770_3', AlgorithmControl: 'CORRECT_AUDIO', TargetLkfs: -14 }));
    for (const output of group.Outputs ?? []) expect(output.AudioDescriptions?.[0]?.AudioNormalizationSettings).toEqual(AUDIO_NORMALIZATION);
  });

  it('should name variant playlists and segments after the name modifier', () => {
    const rung = HLS_LADDER[2];
    expect(variantPlaylistName(rung)).toBe('master_720p.m3u8');
    expect(segmentName(rung, 1)).toBe('master_720p_00001.ts');
  });

  it('should skip rungs above the source height but keep the lowest one', () => {
    expect(rungsForSourceHeight(1080).map((rung) => rung.name)).toEqual(['360p', '540p', '720p', '1080p']);
    expect(rungsForSourceHeight(720).map((rung) => rung.name)).toEqual(['360p', '540p', '720p']);
    expect(rungsForSourceHeight(719).map((rung) => rung.name)).toEqual(['360p', '540p']);
    expect(rungsForSourceHeight(180).map((rung) => rung.name)).toEqual(['360p']);
  });
});
