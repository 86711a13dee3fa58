import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder: being built (issue 7). */
@Component({
  selector: 'app-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Audit trail</h1>',
})
export default class AuditPage {}
