/** The search page: query lives in the URL (?q=), results come from Pagefind. */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

export async function runSearchPage(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('q') as HTMLInputElement;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const status = document.getElementById('search-status') as HTMLElement;
  const base = list.dataset.pagefindBase!;
  let pagefind: Pagefind | null = null;

  async function run(q: string) {
    list.replaceChildren();
    if (!q.trim()) { status.textContent = ''; return; }
    status.textContent = 'Searching…';
    pagefind ??= (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
    const { results } = await pagefind.search(q);
    const items = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    for (const item of items) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.meta.title ?? item.url;
      const type = document.createElement('span');
      type.className = 'meta';
      type.textContent = ` ${item.filters.type?.[0] ?? ''}`;
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is its own escaped text with <mark> highlights only.
      excerpt.innerHTML = item.excerpt;
      li.append(a, type, excerpt);
      list.append(li);
    }
    status.textContent = `${results.length} result${results.length === 1 ? '' : 's'} for “${q}”`;
  }

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value;
    history.pushState(null, '', `?q=${encodeURIComponent(q)}`);
    void run(q);
  });
  addEventListener('popstate', () => {
    const q = new URLSearchParams(location.search).get('q') ?? '';
    input.value = q;
    void run(q);
  });
  await run(initial);
}
