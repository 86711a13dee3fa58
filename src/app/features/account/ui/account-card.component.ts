import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The card every account page sits in: the heading, the page's notice (role status) and error (role alert),
 * then the projected form. Content marked `intro` goes between the heading and the messages.
 */
@Component({
  selector: 'app-account-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="account-card" [attr.aria-labelledby]="headingId()">
      <h1 [id]="headingId()">{{ heading() }}</h1>
      <ng-content select="[intro]" />
      @if (notice(); as message) {
        <p class="notice" role="status">{{ message }}</p>
      }
      @if (error(); as message) {
        <p class="form-error" role="alert">{{ message }}</p>
      }
      <ng-content />
    </section>
  `,
  styleUrl: './account-card.component.scss',
})
export class AccountCard {
  readonly headingId = input.required<string>();
  readonly heading = input.required<string>();
  readonly notice = input<string | null>(null);
  readonly error = input<string | null>(null);
}
