/**
 * Keyboard access to search from any page: `/` (when not already typing) and
 * Ctrl+K / ⌘K focus the search box — the search page's own box if there is
 * one, otherwise the header's.
 */
function editable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
}

export function installShortcuts(doc: Document = document): void {
  doc.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target);
    const ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    if (!slash && !ctrlK) return;
    const box = (doc.getElementById('q') ?? doc.getElementById('site-q')) as HTMLInputElement | null;
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
