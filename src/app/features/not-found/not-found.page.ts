import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found-page',
  imports: [MatButton, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 i18n="@@notFound.heading">Page not found</h1>
    <p i18n="@@notFound.detail">The page you asked for does not exist.</p>
    <a mat-flat-button routerLink="/" i18n="@@notFound.browse">Browse the catalog</a>
  `,
})
export default class NotFoundPage {}
