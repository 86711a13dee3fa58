import { Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { PART_SENDER } from './part-sender';
import { ResumeStore } from './resume-store';
import { FakeStorage, FakeUploadApi, fakeTarget, fakeTiming, fileOf, settle } from './testing/upload-fakes';
import { FileUpload } from './file-upload.component';
import { UploadApi } from './upload-api';
import { UPLOAD_SESSION_OPTIONS } from './upload.service';

@Component({
  imports: [FileUpload],
  template: `<app-file-upload kind="VIDEO" targetId="l-1" label="Lesson video" (completed)="keys.push($event)" />`,
})
class Host {
  readonly keys: string[] = [];
  readonly unused = signal(0);
}

describe('FileUpload', () => {
  let fixture: ComponentFixture<Host>;
  let storage: FakeStorage;
  let api: FakeUploadApi;

  const text = (): string => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const choose = async (file: File) => {
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await settle();
    await fixture.whenStable();
  };
  const create = async () => {
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  };

  beforeEach(() => {
    localStorage.clear();
    storage = new FakeStorage();
    api = new FakeUploadApi();
    TestBed.configureTestingModule({
      providers: [
        { provide: UploadApi, useValue: api },
        { provide: PART_SENDER, useValue: storage.send },
        { provide: UPLOAD_SESSION_OPTIONS, useValue: fakeTiming().options },
      ],
    });
  });

  afterEach(() => localStorage.clear());

  it('should offer a labelled drop zone with a Choose file button and what it accepts', async () => {
    await create();

    expect(text()).toContain('Lesson video');
    expect(text()).toContain('Choose an MP4, MOV, WebM or MKV video up to 5 GB.');
    const button = (fixture.nativeElement as HTMLElement).querySelector('button');
    expect(button?.textContent?.trim()).toBe('Choose file');
  });

  it('should show why a file is refused, in an alert, without calling the server', async () => {
    await create();

    await choose(fileOf(10, 'cover.png', 'image/png'));

    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role=alert]');
    expect(alert?.textContent).toContain('cover.png: This file type is not accepted here');
    expect(api.calls).toEqual([]);
  });

  it('should show progress with Pause and Cancel while uploading, and emit the key once completed', async () => {
    await create();
    await choose(fileOf(8));

    const labels = [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')].map((button) => button.getAttribute('aria-label'));
    expect(labels).toEqual(['Pause upload of take.mp4', 'Cancel upload of take.mp4']);
    expect((fixture.nativeElement as HTMLElement).querySelector('mat-progress-bar')).not.toBeNull();
    expect(text()).toContain('0 %');

    storage.sent.forEach((part) => part.succeed());
    await settle();
    await fixture.whenStable();

    expect(fixture.componentInstance.keys).toEqual([fakeTarget(8, 4).key]);
    expect((fixture.nativeElement as HTMLElement).querySelector('[role=status]')?.textContent).toContain('take.mp4 uploaded.');
  });

  it('should say an upload was interrupted and at what percent when the page is opened again', async () => {
    TestBed.inject(ResumeStore).save({
      key: fakeTarget(8, 4).key,
      uploadId: 'upload-1',
      fileName: 'concert.mov',
      sizeBytes: 8,
      lastModified: 1,
      kind: 'VIDEO',
      targetId: 'l-1',
      lessonId: null,
      percent: 42,
    });

    await create();

    expect(text()).toContain('An upload of concert.mov was interrupted at 42 %. Choose the same file to resume.');
  });
});
