// The linear scan that refuses deep or huge markup before any parser sees it.

import { describe, expect, it } from 'vitest';
import { checkMarkup, markupDepth, MAX_HTML_DEPTH } from '../../src/ingest/page-limits.ts';
import { briefErrorOfCall } from '../helpers/brief-error-of.ts';

const divs = (n: number, inner = 'x') => `${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}`;

describe('markupDepth', () => {
  it.each([
    ['plain text', 'no markup at all', 0],
    ['one element', '<div>x</div>', 1],
    ['siblings do not add up', '<div>a</div><div>b</div><section>c</section>', 1],
    ['nesting adds up', divs(7), 7],
    ['void elements do not nest', `<div>${'<br><img src="a.png"><hr>'.repeat(500)}</div>`, 1],
    ['self-closed elements do not nest', `<div>${'<span/>'.repeat(500)}</div>`, 1],
    ['unclosed paragraphs and list items do not nest', `<div>${'<p>para'.repeat(500)}${'<li>item'.repeat(500)}</div>`, 1],
    ['a comment hides its tags', `<div><!-- ${'<div>'.repeat(500)} --></div>`, 1],
    ['script content is text', `<div><script>${'<div>'.repeat(500)}</script></div>`, 1],
    ['upper-case tags close lower-case ones', '<DIV><div>x</DIV></div>', 2],
  ])('%s: %i', (_, html, depth) => {
    expect(markupDepth(html)).toBe(depth);
  });

  it('stops counting just past the limit, however deep the page', () => {
    expect(markupDepth(divs(100_000), 10)).toBe(11);
  });
});

describe('checkMarkup', () => {
  it.each([
    ['1,000 nested divs', divs(1_000)],
    ['10,000 nested divs', divs(10_000)],
    ['100,000 nested divs, never closed', '<div>'.repeat(100_000)],
    ['just past the depth limit', divs(MAX_HTML_DEPTH + 1)],
    ['a 50 MB body', `<p>${'x'.repeat(50 * 1024 * 1024)}</p>`],
  ])('%s is refused as too complex', (_, html) => {
    expect(briefErrorOfCall(() => checkMarkup(html, 'https://deep.example/'))).toMatchObject({
      code: 'PAGE_TOO_COMPLEX',
      message: expect.stringContaining('https://deep.example/: page too complex'),
    });
  });

  it.each([
    ['a real page shape', `<html><body><header><nav><ul><li><a href="/">Home</a></ul></nav></header><main><article>${'<p>Text.</p>'.repeat(50)}</article></main></body></html>`],
    ['nesting at the limit', divs(MAX_HTML_DEPTH)],
  ])('%s is accepted', (_, html) => {
    expect(() => checkMarkup(html, 'page')).not.toThrow();
  });
});
