import { DOCUMENT, Injectable, inject } from '@angular/core';

/** Saves a PDF the backend sent as base64 through the browser's own download (an object URL on a download link). */
@Injectable({ providedIn: 'root' })
export class PdfDownload {
  private readonly document = inject(DOCUMENT);

  save(fileName: string, base64: string): void {
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.document.body.append(link);
    link.click();
    link.remove();
    // The download has taken the URL by the next task; keeping it longer would hold the bytes in memory.
    setTimeout(() => URL.revokeObjectURL(url));
  }
}
