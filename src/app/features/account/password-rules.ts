import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PASSWORD_RULES } from './password-policy';

const RULE_MET = $localize`:@@account.passwordRules.met:(met)`;
const RULE_NOT_MET = $localize`:@@account.passwordRules.notMet:(not met)`;

/** Live checklist of the password policy for the password being typed. */
@Component({
  selector: 'app-password-rules',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="rules" [attr.id]="listId()" aria-label="Password requirements" i18n-aria-label="@@account.passwordRules.label">
      @for (rule of rules(); track rule.key) {
        <li [class.met]="rule.met">
          <span aria-hidden="true">{{ rule.met ? '✓' : '•' }}</span>
          {{ rule.label }}<span class="visually-hidden">{{ ' ' + rule.state }}</span>
        </li>
      }
    </ul>
  `,
  styles: `
    .rules {
      list-style: none;
      margin: -8px 0 12px;
      padding: 0 16px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .met {
      color: var(--mat-sys-primary);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class PasswordRules {
  readonly password = input.required<string>();
  readonly listId = input<string>('password-rules');

  protected readonly rules = computed(() =>
    PASSWORD_RULES.map((rule) => {
      const met = rule.test(this.password());
      return { key: rule.key, label: rule.label, met, state: met ? RULE_MET : RULE_NOT_MET };
    }),
  );
}
