/**
 * Browser code of the "Cite this case" box: the reader's date where the
 * citation says "[date]", a full address where it gives only the site path
 * (a build without the public address, opened over http), and a Copy button.
 */
import { ACCESSED_PLACEHOLDER } from './structured-data.ts';

/** "7 December 2026": day, month name, year, in English like the rest of the citation. */
export function readerDate(now: Date): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${now.getDate()} ${months[now.getMonth()]} ${now.getFullYear()}`;
}

/** The citation with the reader's date, and the page's own address when the text carries a site path. */
export function filledCitation(text: string, now: Date, page: { protocol: string; origin: string }): string {
  let out = text.replace(ACCESSED_PLACEHOLDER, readerDate(now));
  if (/^https?:$/.test(page.protocol)) out = out.replace(/ (\/\S*\/) \(accessed/, (_, path: string) => ` ${page.origin}${path} (accessed`);
  return out;
}

export function fillCitation(doc: Document): void {
  const box = doc.querySelector<HTMLElement>('[data-cite-text]');
  if (!box?.textContent) return;
  box.textContent = filledCitation(box.textContent, new Date(), doc.location);
  const label = doc.getElementById('cite-text-label');
  if (label) label.textContent = 'Citation:';
  if (!navigator.clipboard) return;
  const button = Object.assign(doc.createElement('button'), { type: 'button', className: 'cite-copy', textContent: 'Copy citation' });
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(box.textContent ?? '').then(
      () => (button.textContent = 'Copied'),
      () => (button.textContent = 'Select the text to copy'),
    );
  });
  label?.append(button);
}
