import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { Amplify } from 'aws-amplify';
import { ConsoleLogger } from 'aws-amplify/utils';
import { toResourcesConfig } from '../../src/app/core/amplify/amplify-outputs';
import { localAwsClients, type LocalAwsClients } from '../local-aws-clients';
import { generateArt } from '../demo/demo-media';
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from '../local-cloud';
import { ffmpegPath } from '../mediaconvert/ffmpeg-path';

export const benchCourseId = 'bench-course';
export const benchLessonCount = 10;

/** The bench's own local cloud on free ports in a scratch folder, its CORS origin the bench's static app server. */
export class BenchCloud {
  private constructor(
    readonly cloud: LocalCloud,
    readonly clients: LocalAwsClients,
    readonly outputsFile: string,
  ) {}

  static async start(scratch: string, appOrigin: string, log: LocalCloudOptions['log'] = () => undefined): Promise<BenchCloud> {
    const outputsFile = join(scratch, 'amplify_outputs.json');
    const cloud = await startLocalCloud({ stateDir: join(scratch, 'cloud'), outputsFile, appOrigin, anyFreePorts: true, log });
    ConsoleLogger.LOG_LEVEL = 'ERROR';
    Amplify.configure(toResourcesConfig(JSON.parse(await readFile(outputsFile, 'utf8'))));
    const bench = new BenchCloud(cloud, localAwsClients(cloud), outputsFile);
    await bench.seedCatalog(scratch);
    return bench;
  }

  /** A published course with cover art and ten lessons (the video lessons are added by the transcode rows). */
  private async seedCatalog(scratch: string): Promise<void> {
    const art = join(scratch, 'cover.png');
    await generateArt(ffmpegPath(), ['0x2F80ED', '0x56CCF2'], art);
    const artKey = `art/${benchCourseId}/cover.png`;
    await this.upload(artKey, await readFile(art), 'image/png');
    await this.clients.putModel('Course', {
      id: benchCourseId, title: 'Bench Piano', summary: 'Chords in four weeks', description: 'A course the bench measures.',
      instrument: 'PIANO', level: 'BEGINNER', priceCents: 4900, currency: 'usd', status: 'PUBLISHED', publishedAt: new Date().toISOString(), artKey,
    });
    for (let position = 1; position <= benchLessonCount; position++) {
      await this.putLesson(`bench-lesson-${position}`, position, `Lesson ${position}`);
    }
  }

  putLesson(id: string, position: number, title: string): Promise<unknown> {
    return this.clients.putModel('Lesson', { id, courseId: benchCourseId, title, position, freePreview: true, status: 'PUBLISHED', videoStatus: 'NONE' });
  }

  upload(key: string, body: Buffer, contentType: string): Promise<unknown> {
    return this.clients.s3.send(new PutObjectCommand({ Bucket: this.cloud.bucket, Key: key, Body: body, ContentType: contentType }));
  }

  async videoStatus(lessonId: string): Promise<string | undefined> {
    const { Item } = await this.clients.documents.send(new GetCommand({ TableName: this.cloud.data.tables['Lesson'], Key: { id: lessonId } }));
    return Item?.['videoStatus'] as string | undefined;
  }

  stop(): Promise<void> {
    return this.cloud.stop();
  }
}
