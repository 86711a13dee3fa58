import { Generator, type Config, type Filesystem } from '@angular/service-worker/config';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../synth/synth-backend';

/** What the service worker's manifest lists and matches, as Angular's own generator makes it at build time. */
interface Manifest {
  assetGroups: { name: string; urls: string[]; patterns: string[] }[];
  dataGroups?: { name: string; patterns: string[] }[];
  hashTable: Record<string, string>;
}

/** A production build's output as the generator sees it, plus media that must never be cached. */
const builtFiles = [
  '/index.html',
  '/main-ABC123.js',
  '/chunk-DEF456.js',
  '/styles-GHI789.css',
  '/amplify_outputs.json',
  '/media/intro.mp4',
  '/hls/lesson-1/job-1/index.m3u8',
  '/hls/lesson-1/job-1/segment_0.ts',
  '/3rdpartylicenses.txt',
];

/** Requests the app makes at run time for media and data, locally and on AWS. */
const mediaAndApiUrls = [
  'http://127.0.0.1:4130/media-local/hls/lesson-1/job-1/index.m3u8?X-Amz-Signature=abc',
  'http://127.0.0.1:4130/media-local/hls/lesson-1/job-1/segment_0.ts',
  'https://media-bucket.s3.us-east-1.amazonaws.com/hls/lesson-1/job-1/720p.m3u8',
  'https://media-bucket.s3.us-east-1.amazonaws.com/uploads/lesson-1/source.mp4',
  'https://media-bucket.s3.us-east-1.amazonaws.com/materials/c1/tab.pdf',
  'https://media-bucket.s3.us-east-1.amazonaws.com/art/c1/cover.jpg',
  'http://127.0.0.1:4110/graphql',
  'https://abc.appsync-api.us-east-1.amazonaws.com/graphql',
  'http://localhost:4200/media/intro.mp4',
];

function fakeBuild(): Filesystem {
  return {
    list: async () => builtFiles,
    read: async () => '',
    hash: async (file) => `hash-of-${file}`,
    write: async () => undefined,
  };
}

describe('ngsw-config.json', () => {
  let manifest: Manifest;

  beforeAll(async () => {
    const config = JSON.parse(await readFile(join(projectRoot, 'ngsw-config.json'), 'utf8')) as Config;
    manifest = (await new Generator(fakeBuild(), '/').process(config)) as Manifest;
  });

  it('should precache the app shell (translations are JS chunks) and the backend outputs', () => {
    const cached = manifest.assetGroups.flatMap((group) => group.urls);
    expect(cached).toEqual(
      jasmine.arrayWithExactContents(['/index.html', '/main-ABC123.js', '/chunk-DEF456.js', '/styles-GHI789.css', '/amplify_outputs.json']),
    );
  });

  it('should cache no media file of the build', () => {
    expect(Object.keys(manifest.hashTable).filter((url) => /\.(mp4|m3u8|ts|pdf|mp3|m4a)$/.test(url))).toEqual([]);
  });

  it('should match no media or API request with a runtime pattern', () => {
    const patterns = [...manifest.assetGroups.flatMap((group) => group.patterns), ...(manifest.dataGroups ?? []).flatMap((group) => group.patterns)];
    const matched = mediaAndApiUrls.filter((url) => patterns.some((pattern) => new RegExp(pattern).test(url)));
    expect(matched).toEqual([]);
  });
});
