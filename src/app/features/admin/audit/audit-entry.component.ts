import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { changedFields } from './audit-diff';
import type { AuditItem } from './audit-entry';
import { auditReason, describeAction, describeActor, describeEntity } from './audit-wording';

/** One audit entry: when, who, what, on which record; its before/after changes on demand. */
@Component({
  selector: 'app-audit-entry',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButton],
  template: `
    <div class="summary">
      <p class="line">
        <strong class="action">{{ action() }}</strong><span class="entity"> {{ entity() }}</span>
      </p>
      <p class="meta">
        <time [attr.datetime]="entry().at">{{ entry().at | date: 'medium' }}</time>
        <ng-container i18n="@@admin.audit.entry.by">· by <span class="actor">{{ actor() }}</span></ng-container>
        @if (courseTitle(); as title) {
          <ng-container i18n="@@admin.audit.entry.inCourse">· in {{ title }}</ng-container>
        }
      </p>
      @if (reason(); as text) {
        <p class="reason" i18n="@@admin.audit.entry.reason">Reason: {{ text }}</p>
      }
    </div>
    @if (changes().length > 0) {
      <button
        mat-button
        type="button"
        class="toggle"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="'changes-' + entry().id"
        (click)="open.set(!open())"
      >
        @if (open()) {<ng-container i18n="@@admin.audit.entry.hide">Hide changes</ng-container>} @else {<ng-container i18n="@@admin.audit.entry.show">Show changes ({{ changes().length }})</ng-container>}
      </button>
      @if (open()) {
        <table class="changes" [id]="'changes-' + entry().id">
          <caption i18n="@@admin.audit.entry.caption">
            Changed fields
          </caption>
          <thead>
            <tr>
              <th scope="col" i18n="@@admin.audit.entry.field">Field</th>
              <th scope="col" i18n="@@admin.audit.entry.before">Before</th>
              <th scope="col" i18n="@@admin.audit.entry.after">After</th>
            </tr>
          </thead>
          <tbody>
            @for (change of changes(); track change.field) {
              <tr>
                <th scope="row">{{ change.field }}</th>
                <td>{{ change.before }}</td>
                <td>{{ change.after }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 4px 12px;
      align-items: start;
    }
    p {
      margin: 0;
    }
    .entity {
      overflow-wrap: anywhere;
    }
    .meta,
    .reason {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .changes {
      grid-column: 1 / -1;
      width: 100%;
      border-collapse: collapse;
      margin-top: 4px;
    }
    caption {
      text-align: left;
      font: var(--mat-sys-title-small);
      padding-bottom: 4px;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 4px 8px;
      border-top: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    tbody th {
      font-weight: normal;
      color: var(--mat-sys-on-surface-variant);
    }
    button:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
  `,
})
export class AuditEntry {
  readonly entry = input.required<AuditItem>();
  readonly courseTitles = input<ReadonlyMap<string, string>>(new Map());

  protected readonly open = signal(false);
  protected readonly action = computed(() => describeAction(this.entry()));
  protected readonly entity = computed(() => describeEntity(this.entry(), this.courseTitles()));
  protected readonly actor = computed(() => describeActor(this.entry()));
  protected readonly reason = computed(() => auditReason(this.entry()));
  protected readonly changes = computed(() => changedFields(this.entry().before, this.entry().after));
  /** The course, named when the entry is not about the course itself. */
  protected readonly courseTitle = computed(() => {
    const { courseId, entityType } = this.entry();
    if (!courseId || entityType === 'Course') return null;
    return this.courseTitles().get(courseId) ?? null;
  });
}
