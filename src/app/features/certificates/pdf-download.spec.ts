import { TestBed } from '@angular/core/testing';
import { PdfDownload } from './pdf-download';

describe('PdfDownload', () => {
  it('should click a hidden download link to a PDF blob of the decoded bytes, then remove it', async () => {
    let clicked: HTMLAnchorElement | undefined;
    const click = spyOn(HTMLAnchorElement.prototype, 'click').and.callFake(function (this: HTMLAnchorElement) {
      clicked = this;
    });
    const createObjectURL = spyOn(URL, 'createObjectURL').and.returnValue('blob:certificate');
    spyOn(URL, 'revokeObjectURL');

    TestBed.inject(PdfDownload).save('certificate-c1.pdf', btoa('%PDF-1.7'));

    expect(click).toHaveBeenCalledTimes(1);
    expect(clicked?.download).toBe('certificate-c1.pdf');
    expect(clicked?.getAttribute('href')).toBe('blob:certificate');
    expect(clicked?.isConnected).toBeFalse();
    const blob = createObjectURL.calls.mostRecent().args[0] as Blob;
    expect(blob.type).toBe('application/pdf');
    expect(await blob.text()).toBe('%PDF-1.7');
  });
});
