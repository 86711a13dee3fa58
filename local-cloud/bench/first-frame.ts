import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { projectRoot } from '../synth/synth-backend';
import { benchCourseId } from './bench-cloud';
import { coldPage, readProbe, waitForProbe } from './browser';
import type { StaticServer } from './static-server';
import { median, type BenchRow } from './table';

const repeats = 3;

/** The bare player: hls.js from a script tag and the master playlist, nothing else. */
const barePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bare hls.js</title></head>
<body><video controls width="640" height="360"></video>
<script src="/bare/hls.min.js"></script>
<script>
  const hls = new Hls();
  hls.loadSource('/bare/master.m3u8');
  hls.attachMedia(document.querySelector('video'));
</script></body></html>`;

/**
 * Click a lesson's Preview in the loaded app → first frame and → playing, and a cold deep link to the
 * lesson → playing, against the bare page (cold) fetching the same master playlist.
 * `manifest` returns a fresh master playlist, as getPlayback hands it to the app.
 */
export async function benchFirstFrame(browser: Browser, server: StaticServer, lessonId: string, manifest: () => Promise<string>): Promise<BenchRow[]> {
  server.route('/bare/', async () => barePage);
  server.route('/bare/hls.min.js', join(projectRoot, 'node_modules/hls.js/dist/hls.min.js'));
  server.route('/bare/master.m3u8', manifest);

  const bare = { firstFrame: [] as number[], playing: [] as number[] };
  const click = { firstFrame: [] as number[], playing: [] as number[] };
  const deepLink: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const barePlayer = await coldPage(browser);
    await barePlayer.goto(`${server.origin}/bare/`);
    bare.firstFrame.push(await waitForProbe(barePlayer, 'firstFrame'));
    bare.playing.push(await waitForProbe(barePlayer, 'playing'));
    await barePlayer.context().close();

    const app = await coldPage(browser);
    await app.goto(`${server.origin}/courses/${benchCourseId}`);
    const preview = app.locator(`a[href$="/lessons/${lessonId}"]`);
    await preview.waitFor();
    await app.waitForLoadState('networkidle');
    await preview.click();
    const firstFrame = await waitForProbe(app, 'firstFrame');
    const playing = await waitForProbe(app, 'playing');
    const clickedAt = (await readProbe(app)).click!;
    click.firstFrame.push(firstFrame - clickedAt);
    click.playing.push(playing - clickedAt);
    await app.context().close();

    const cold = await coldPage(browser);
    await cold.goto(`${server.origin}/courses/${benchCourseId}/lessons/${lessonId}`);
    deepLink.push(await waitForProbe(cold, 'playing'));
    await cold.context().close();
  }
  return [
    { measurement: 'player: click Preview → first frame vs bare hls.js page', ours: median(click.firstFrame), bare: median(bare.firstFrame), unit: 'ms', target: '≤ 1.0x' },
    { measurement: 'player: click Preview → playing vs bare hls.js page', ours: median(click.playing), bare: median(bare.playing), unit: 'ms', target: '≤ 1.0x' },
    { measurement: 'player: cold deep link → playing vs bare hls.js page', ours: median(deepLink), bare: median(bare.playing), unit: 'ms', target: '≤ 1500 ms' },
  ];
}
