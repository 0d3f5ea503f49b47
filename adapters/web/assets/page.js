// The briefing page's one script, served by the bot from this file (the CSP allows no other).
// A click on a key point, quote, piece of evidence or coverage cell shows each supporting
// article beside the briefing, with the span highlighted and scrolled into view. It reads only
// the numbers in data-spans ("a0:12:80 a1:5:60"); article text is never parsed or inserted.

(() => {
  document.documentElement.classList.add('js');

  const panes = new Map();
  for (const pane of document.querySelectorAll('.source')) panes.set(pane.dataset.article, pane);
  const caption = document.getElementById('viewer-caption');
  const viewer = document.getElementById('viewer');

  function parseSpans(value) {
    const spans = [];
    for (const token of (value || '').trim().split(/\s+/)) {
      const m = /^(a\d+):(\d+):(\d+)$/.exec(token);
      if (m) spans.push({ pane: m[1], start: Number(m[2]), end: Number(m[3]) });
    }
    return spans;
  }

  function clear() {
    for (const el of document.querySelectorAll('.hl')) el.classList.remove('hl');
    for (const el of document.querySelectorAll('.active')) el.classList.remove('active');
  }

  /** Scrolls a pane's own text box (not the page) so that its first highlight sits near the top third. */
  function scrollPane(pane) {
    const box = pane.querySelector('.text');
    if (!box) return;
    const first = box.querySelector('.hl');
    if (!first) {
      box.scrollTop = 0;
      return;
    }
    const top = first.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }

  function show(link) {
    clear();
    const spans = parseSpans(link.dataset.spans);
    const wanted = new Set(spans.map((s) => s.pane));
    for (const [id, pane] of panes) pane.hidden = !wanted.has(id);
    for (const span of spans) {
      const pane = panes.get(span.pane);
      if (!pane) continue;
      for (const seg of pane.querySelectorAll('.seg')) {
        if (Number(seg.dataset.s) >= span.start && Number(seg.dataset.e) <= span.end) seg.classList.add('hl');
      }
    }
    link.classList.add('active');
    const item = link.closest('.item');
    if (item) item.classList.add('active');
    viewer.classList.add('showing');
    const count = wanted.size;
    caption.textContent = `${count} article${count === 1 ? '' : 's'}: ${link.textContent.trim().slice(0, 160) || link.getAttribute('aria-label') || ''}`;
    for (const id of wanted) scrollPane(panes.get(id));
    // On a narrow screen the viewer is below the briefing: bring it up.
    if (window.matchMedia('(max-width: 900px)').matches) viewer.scrollIntoView({ block: 'start' });
  }

  function linkFor(hash) {
    if (!hash || hash.length < 2) return null;
    for (const a of document.querySelectorAll('a.ev')) if (a.getAttribute('href') === hash) return a;
    return null;
  }

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a.ev') : null;
    if (!link) return;
    event.preventDefault();
    show(link);
    history.replaceState(null, '', link.getAttribute('href'));
  });

  // A shared link to an item (#q-1) opens it; so does going back and forth between items.
  window.addEventListener('hashchange', () => {
    const link = linkFor(location.hash);
    if (link) show(link);
  });

  for (const pane of panes.values()) pane.hidden = true;
  const initial = linkFor(location.hash);
  if (initial) show(initial);
})();
