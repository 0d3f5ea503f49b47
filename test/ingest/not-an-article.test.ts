// Pages with no article in them are refused with one line that says what they are, and an
// English page of headlines is called an index page, not "not English". Invented pages only.

import { describe, expect, it } from 'vitest';
import { whyNotAnArticle } from '../../src/ingest/article-shape.ts';
import { checkEnglish } from '../../src/ingest/language.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const page = (body: string, title = 'The Daily Example') => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const FOOTER = '<footer><p>© 2031 The Daily Example.</p><p>Privacy policy.</p></footer>';

const HEADLINES = [
  'Harbour cranes back in service after week of repairs',
  'Council approves new tram line to the airport',
  'Storm warning issued for the northern coast',
  'Teachers vote to accept revised pay offer',
  'Museum returns carved doors to island village',
  'Fishing fleet told to stay in port until Friday',
  'Rail operator apologises for weekend delays',
];

const ARTICLE =
  'The harbour authority reopened the port on Monday after both cranes were repaired. ' +
  'Shipping companies said the first vessels would dock within hours, ending a week of diversions. ' +
  '“We are grateful for the patience of every crew,” the harbour master said at the gate.';

describe('pages that hold no article', () => {
  it.each([
    [
      'cookie.html',
      page(`<div class="consent"><h2>We value your privacy</h2><p>We use cookies.</p><p>We and our partners use cookies to store and access information on your device and to personalise content and ads.</p><button>Accept all</button><button>Reject all</button></div>${FOOTER}`),
      'a cookie or consent notice, not an article',
    ],
    [
      'missing.html',
      page(`<main><h1>404</h1><h2>Sorry, we can't find that page.</h2><p>The page you are looking for may have been moved, renamed or deleted. Try searching our site.</p></main>${FOOTER}`, 'Page not found'),
      'an error page ("page not found"), not an article',
    ],
    [
      'world.html',
      page(`<main><h1>World</h1><ul>${HEADLINES.map((h, i) => `<li><a href="/s/${i}">${h}</a></li>`).join('')}</ul></main>${FOOTER}`),
      'a list of 7 headlines (an index or section page), not an article',
    ],
    ['front-page.txt', HEADLINES.join('\n'), 'a list of 7 headlines (an index or section page), not an article'],
    ['footer.txt', '© 2031 The Daily Example. All rights reserved.\n\nPrivacy policy.\n\nTerms of use.', 'only page furniture (copyright, privacy and sign-in lines), no article text'],
  ])('%s → %s', (fileName, content, reason) => {
    expect(() => parseDocument({ fileName, content })).toThrow(`${fileName}: ${reason}`);
  });

  it.each([
    ['an article with a cookie banner left in', `We use cookies. Accept all\n\n${ARTICLE}`],
    ['an article about a bakery’s cookies', 'The bakery sold ten thousand cookies on Saturday. Its owner said the queue reached the corner. Neighbours said they had never seen the street so busy.'],
    ['an article that mentions a 404 page', `Visitors saw an error 404 page when the tax site failed on Monday. ${ARTICLE}`],
    ['a short two-sentence item', 'The bridge reopened on Monday. Traffic was light.'],
    ['an article with a list of related links', `${ARTICLE}\n\n${HEADLINES.join('\n')}`],
  ])('keeps %s', (_name, text) => {
    expect(whyNotAnArticle(text)).toBeUndefined();
  });
});

describe('English, judged fairly', () => {
  it.each([
    ['headlines and names', 'Top Estmark Republicans condemn Valdora Manning decision. Senator Ruud: “Anything short” of Orrin reform will probably “fall into partisan camps.” Velmark Tracking Poll: Castellane Leading Abelard. Halden Mutual Insurance Group Quarterly Results.'],
    ['an English headline list', HEADLINES.join('. ')],
  ])('%s is English', (_name, text) => {
    expect(() => checkEnglish(text, 'x.txt')).not.toThrow();
  });

  it.each([
    ['French', 'Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui suscite une vive opposition des syndicats dans tout le pays depuis plusieurs semaines déjà et pour longtemps.'],
    ['German', 'Die Regierung hat am Dienstag eine neue Reform der Renten angekündigt, die bei den Gewerkschaften im ganzen Land seit Wochen auf heftigen Widerstand stößt und nicht enden wird.'],
    ['Spanish', 'El gobierno anunció el martes una nueva reforma de las pensiones, que provoca una fuerte oposición de los sindicatos en todo el país desde hace varias semanas y que no termina.'],
    ['Russian', 'Правительство во вторник объявило о новой пенсионной реформе, которая вызывает сильное сопротивление профсоюзов по всей стране уже несколько недель подряд и не утихает.'],
  ])('%s is not', (_name, text) => {
    expect(() => checkEnglish(text, 'x.txt')).toThrow('x.txt: the text does not look like English');
  });
});
