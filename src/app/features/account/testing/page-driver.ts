import type { ComponentFixture } from '@angular/core/testing';

/** Drives an account page through its DOM the way a user would. */
export class PageDriver<T> {
  constructor(private readonly fixture: ComponentFixture<T>) {}

  get element(): HTMLElement {
    return this.fixture.nativeElement as HTMLElement;
  }

  text(): string {
    return this.element.textContent ?? '';
  }

  alert(): string | undefined {
    return this.element.querySelector('[role="alert"]')?.textContent?.trim();
  }

  status(): string | undefined {
    return this.element.querySelector('[role="status"]')?.textContent?.trim();
  }

  type(control: string, value: string): void {
    // Shared fields (email, code) bind [formControl] and carry the control's name instead of formcontrolname.
    const input = this.element.querySelector<HTMLInputElement>(
      `input[formcontrolname="${control}"], input[name="${control}"]`,
    );
    if (!input) throw new Error(`no input for ${control}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  /** Clicks a button by its text and waits until the async handler and rendering have settled. */
  async click(label: string, pending?: () => Promise<unknown> | undefined): Promise<void> {
    const button = [...this.element.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent?.trim() === label,
    );
    if (!button) throw new Error(`no button "${label}"`);
    button.click();
    await this.fixture.whenStable();
    await pending?.()?.catch(() => undefined);
    await this.fixture.whenStable();
  }
}
