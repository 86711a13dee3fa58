import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { AccountCard } from './account-card.component';

@Component({
  imports: [AccountCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-account-card headingId="demo-title" heading="Demo heading" [notice]="notice()" [error]="error()">
      <p intro class="intro">Intro text</p>
      <form>Form body</form>
    </app-account-card>
  `,
})
class Host {
  readonly notice = signal<string | null>(null);
  readonly error = signal<string | null>(null);
}

describe('AccountCard', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;

  it('should label the card with its heading when rendered', () => {
    const section = element().querySelector('section');
    const heading = element().querySelector('h1');

    expect(heading?.textContent).toBe('Demo heading');
    expect(heading?.id).toBe('demo-title');
    expect(section?.getAttribute('aria-labelledby')).toBe('demo-title');
  });

  it('should show neither a status nor an alert when there is no notice or error', () => {
    expect(element().querySelector('[role="status"]')).toBeNull();
    expect(element().querySelector('[role="alert"]')).toBeNull();
  });

  it('should show the notice as a status and the error as an alert when both are set', async () => {
    fixture.componentInstance.notice.set('Code sent.');
    fixture.componentInstance.error.set('Code wrong.');
    await fixture.whenStable();

    expect(element().querySelector('[role="status"]')?.textContent).toBe('Code sent.');
    expect(element().querySelector('[role="alert"]')?.textContent).toBe('Code wrong.');
  });

  it('should place the intro before the messages and the form after them when content is projected', async () => {
    fixture.componentInstance.error.set('Code wrong.');
    await fixture.whenStable();

    const order = [...element().querySelectorAll('section > *')].map((node) => node.tagName.toLowerCase() + (node.getAttribute('role') ?? ''));

    expect(order).toEqual(['h1', 'p', 'palert', 'form']);
  });
});
