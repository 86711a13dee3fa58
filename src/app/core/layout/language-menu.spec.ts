import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LOCALE_STORAGE_KEY } from '../i18n/locales';
import { RELOAD_PAGE } from '../i18n/locale-preference';
import { LanguageMenu } from './language-menu';

describe('LanguageMenu', () => {
  let reloads: number;

  async function open(locale: string): Promise<{ trigger: HTMLButtonElement; items: HTMLButtonElement[] }> {
    reloads = 0;
    TestBed.configureTestingModule({
      providers: [
        { provide: LOCALE_ID, useValue: locale },
        { provide: RELOAD_PAGE, useValue: () => reloads++ },
      ],
    });
    const fixture = TestBed.createComponent(LanguageMenu);
    await fixture.whenStable();
    const trigger = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('button.language-trigger')!;
    trigger.click();
    await fixture.whenStable();
    return { trigger, items: [...document.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]')] };
  }

  afterEach(() => localStorage.removeItem(LOCALE_STORAGE_KEY));

  it('should name the current language and offer each language in its own tongue', async () => {
    const { trigger, items } = await open('es');
    // Named by hidden text, with the visible code hidden from the name (no aria-label the code would contradict).
    expect([trigger.getAttribute('aria-label'), trigger.querySelector('.visually-hidden')?.textContent, trigger.querySelector('.code')?.getAttribute('aria-hidden')]).toEqual([
      null,
      'Language: Español',
      'true',
    ]);
    expect(items.map((item) => [item.textContent?.trim(), item.lang, item.getAttribute('aria-checked')])).toEqual([
      ['English', 'en-US', 'false'],
      ['Español', 'es', 'true'],
    ]);
  });

  it('should remember the chosen language and restart the app in it', async () => {
    const { items } = await open('en-US');
    items.find((item) => item.lang === 'es')!.click();
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('es');
    expect(reloads).toBe(1);
  });

  it('should do nothing when the current language is chosen again', async () => {
    const { items } = await open('en-US');
    items.find((item) => item.lang === 'en-US')!.click();
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBeNull();
    expect(reloads).toBe(0);
  });
});
