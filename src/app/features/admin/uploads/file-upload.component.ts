import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { acceptAttribute, acceptedDescription, type UploadKind } from './file-check';
import { formatBytes, formatSpeed, formatTimeLeft } from './upload-format';
import { UploadService } from './upload.service';

export type { UploadKind };

let nextId = 0;

/**
 * Pick or drop one file: checked before anything is sent, uploaded in parallel multipart parts
 * with progress, speed and time left, pause/resume/cancel, resumable after a reload. Emits the
 * stored key once completeUpload succeeded.
 */
@Component({
  selector: 'app-file-upload',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule],
  providers: [UploadService],
  templateUrl: './file-upload.component.html',
  styleUrl: './file-upload.component.scss',
})
export class FileUpload implements OnInit {
  readonly kind = input.required<UploadKind>();
  /** The lesson (VIDEO) or the course (COURSE_ART, MATERIAL). */
  readonly targetId = input.required<string>();
  /** MATERIAL only: the lesson the material belongs to. */
  readonly lessonId = input<string | null>(null);
  /** Visible label of the drop zone, e.g. "Lesson video". */
  readonly label = input.required<string>();
  readonly completed = output<string>();

  protected readonly upload = inject(UploadService);
  protected readonly ids = { label: `file-upload-${++nextId}`, hint: `file-upload-hint-${nextId}` };
  protected readonly dragging = signal(false);
  protected readonly accept = computed(() => acceptAttribute(this.kind()));
  protected readonly accepted = computed(() => $localize`:@@admin.upload.accepted:Choose ${acceptedDescription(this.kind())}:accepts:.`);
  /** Accessible names of the controls, each naming the file. */
  protected readonly fileLabels = computed(() => {
    const name = this.upload.fileName();
    return {
      progress: $localize`:@@admin.upload.progressLabel:Upload of ${name}:name:`,
      pause: $localize`:@@admin.upload.pauseLabel:Pause upload of ${name}:name:`,
      resume: $localize`:@@admin.upload.resumeLabel:Resume upload of ${name}:name:`,
      cancel: $localize`:@@admin.upload.cancelLabel:Cancel upload of ${name}:name:`,
      retry: $localize`:@@admin.upload.retryLabel:Retry upload of ${name}:name:`,
    };
  });
  protected readonly active = computed(() => ['starting', 'uploading', 'paused', 'completing'].includes(this.upload.phase()));
  protected readonly details = computed(() => {
    const parts = [`${this.upload.percent()} %`, $localize`:@@admin.upload.sentOf:${formatBytes(this.upload.sentBytes())}:sent: of ${formatBytes(this.upload.totalBytes())}:total:`];
    const speed = this.upload.bytesPerSecond();
    const left = this.upload.secondsLeft();
    if (this.upload.phase() === 'uploading' && speed !== undefined) parts.push(formatSpeed(speed));
    if (this.upload.phase() === 'uploading' && left !== undefined) parts.push(formatTimeLeft(left));
    return parts.join(' · ');
  });
  /** What the polite live region announces: changes of state, not every percent. */
  protected readonly status = computed(() => {
    const name = this.upload.fileName();
    switch (this.upload.phase()) {
      case 'starting':
        return $localize`:@@admin.upload.status.starting:Preparing the upload of ${name}:name:…`;
      case 'uploading':
        return $localize`:@@admin.upload.status.uploading:Uploading ${name}:name:.`;
      case 'paused':
        return $localize`:@@admin.upload.status.paused:Upload of ${name}:name: paused at ${this.upload.percent()}:percent: %.`;
      case 'completing':
        return $localize`:@@admin.upload.status.completing:Finishing the upload of ${name}:name:…`;
      case 'done':
        return $localize`:@@admin.upload.status.done:${name}:name: uploaded.`;
      case 'interrupted': {
        const pending = this.upload.pending();
        return pending
          ? $localize`:@@admin.upload.status.interrupted:An upload of ${pending.fileName}:name: was interrupted at ${pending.percent}:percent: %. Choose the same file to resume.`
          : '';
      }
      default:
        return '';
    }
  });

  ngOnInit(): void {
    this.upload.configure(
      () => ({ kind: this.kind(), targetId: this.targetId(), lessonId: this.lessonId() }),
      (key) => this.completed.emit(key),
    );
  }

  protected picked(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.upload.choose(file);
  }

  protected dragOver(event: DragEvent): void {
    if (this.active()) return;
    event.preventDefault();
    this.dragging.set(true);
  }

  protected dropped(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const file = event.dataTransfer?.files[0];
    if (file && !this.active()) void this.upload.choose(file);
  }
}
