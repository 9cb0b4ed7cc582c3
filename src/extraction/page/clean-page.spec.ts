import { cleanPage } from './clean-page';
import { UnusablePageError } from '../errors';

/** A made-up scraped page: menus, a byline, a caption printed twice, a related card and a footer. */
const PAGE = [
  'Skip to content',
  'World Politics Business Culture Opinion',
  'Newsletters',
  'Europe, Latvia, Riga, Energy, Baltic states',
  '',
  'Latvian farmers block roads near Riga over fuel prices',
  '',
  'by Anna Kalnina April 2, 2024 9:15 AM 2 min read',
  'Farmers drive tractors along a highway outside Riga on April 2, 2024. (Peteris LIEPA / Example Images)',
  'This audio is created with AI assistance',
  '',
  'Hundreds of farmers blocked roads around the Latvian capital on Tuesday, demanding lower fuel taxes.',
  '',
  'Farmers drive tractors along a highway outside Riga on April 2, 2024. (Peteris LIEPA / Example Images)',
  '',
  'Estonian truckers staged a similar protest last month',
  'The agriculture ministry said it would meet the farmers next week.',
  'Author: Anna Kalnina',
  'Most popular',
  'Storm hits the coast of Finland, hundreds left without power.',
  'Subscribe',
].join('\n');

describe('cleanPage', () => {
  const cleaned = cleanPage({ text: PAGE });
  const body = cleaned.article.body;

  it('reads title, byline and date from the page', () => {
    expect(cleaned.article.title).toBe('Latvian farmers block roads near Riga over fuel prices');
    expect(cleaned.article.authors).toEqual(['Anna Kalnina']);
    expect(cleaned.article.publishedAt).toBe('2024-04-02');
  });

  it('keeps the body and drops menus, tags, credits, repeats, related cards and the footer', () => {
    expect(body).toContain('Hundreds of farmers blocked roads');
    expect(body).toContain('The agriculture ministry said');
    expect(body.match(/Farmers drive tractors/g)).toHaveLength(1);
    for (const junk of ['Skip to content', 'Newsletters', 'Baltic states', 'Example Images', 'AI assistance', 'Estonian truckers', 'Storm hits', 'Subscribe', 'Author:']) {
      expect(body).not.toContain(junk);
    }
  });

  it('gives paragraph offsets into the input', () => {
    for (const p of cleaned.paragraphs) expect(body).toContain(PAGE.slice(p.start, p.end));
  });

  it('lets caller metadata win over the page', () => {
    const c = cleanPage({ text: PAGE, title: 'Given', publishedAt: '2024-04-03' });
    expect(c.article.title).toBe('Given');
    expect(c.article.publishedAt).toBe('2024-04-03');
  });

  it('keeps a long sentence that opens a quote with "said:"', () => {
    const page = ['Pride goes ahead', '', "Responding to Saturday's march, which went ahead in defiance of a ban and was attended by more than 100,000 people, the group's secretary general Jane Roe said:", '', '"The march was a powerful act of protest against a government that has spent years trying to push them out of public life."', ''].join('\n');
    expect(cleanPage({ text: page }).article.body).toContain("Responding to Saturday's march");
  });

  it('reads past a carousel of recommended stories to the body below it', () => {
    const page = [
      'Atlantis plays down blasts', '', 'The capital says air defences downed small drones and reports no damage.', '', 'Recommended Stories', 'list of 3 items', 'list 1 of 3',
      'Timeline: Atlantis and Borduria', 'list 2 of 3', 'Photos: crowds celebrate in the streets', 'list 3 of 3', 'Gulf states urge restraint as airspace reopens', 'end of list', '',
      'Officials in Atlantis have played down explosions near the central city of Lviv, saying air defences shot down several small drones early on Friday.', '',
      'State media reported that blasts were heard at about 4am local time near an army airbase and said facilities in the area were completely safe, officials said.', '',
    ].join('\n');
    expect(cleanPage({ text: page }).article.body).toContain('played down explosions near the central city of Lviv');
  });

  it('keeps a list introduced by a line ending in a colon', () => {
    const page = [
      'Network taken down', '', 'On 21 October 2025, police in Atlantis and Borduria carried out a coordinated action day against a network suspected of sabotage.', '',
      'The results of the action day:', '', '12 suspects arrested (5 in Atlantis and 7 in Borduria)', '27 house searches', '',
      'According to the investigation, the network used encrypted messaging channels to recruit young men for low-level tasks, officials said.', '',
    ].join('\n');
    const body = cleanPage({ text: page }).article.body;
    expect(body).toContain('12 suspects arrested');
    expect(body).toContain('The results of the action day:');
  });

  it('keeps a news brief that closes on its source agency after the full stop', () => {
    const page = ['Briefs', '', 'New aid package', '', 'The defence ministry of Atlantis announced a $400 million package on March 3, including ammunition and bridging equipment. (Ukrinform)', ''].join('\n');
    expect(cleanPage({ text: page }).article.body).toContain('$400 million package on March 3');
  });

  it.each([
    ['Flags flutter outside the agency headquarters in Vienna.', 'REUTERS/Jane Doe/File Photo Purchase Licensing Rights'],
    ['Patients wait outside the hospital in Vienna on Monday.', 'Jane Doe/Staff Photographer'],
  ])('drops a photo credit closing a caption: "%s %s"', (caption, credit) => {
    const page = ['Agency board finds country in breach', '', 'The board voted on Thursday to find the country in breach of its obligations, diplomats in Vienna said.', '', `${caption} ${credit}`, '', 'The vote raises the stakes before a sixth round of talks between the two governments, officials in Vienna said.'].join('\n');
    const body = cleanPage({ text: page, publishedAt: '2025-06-12' }).article.body;
    expect(body).toContain(caption);
    expect(body).not.toContain(credit.split('/')[1]);
  });

  it('keeps a headline that names a poll by its agencies ("AP/NORC poll finds")', () => {
    const page = ['Most Americans oppose the tariffs, AP/NORC poll finds', '', 'Most Americans oppose the new tariffs on imports from Atlantis, a survey published in Lviv on Monday found.'].join('\n');
    expect(cleanPage({ text: page, publishedAt: '2025-03-06' }).article.title).toBe('Most Americans oppose the tariffs, AP/NORC poll finds');
  });

  it('reads a leading " date YYYY-MM-DD" line and strips it from the body', () => {
    const c = cleanPage({ text: ' date 2023-11-05 Officials in Tallinn confirmed the figures on Sunday evening.' });
    expect(c.article.publishedAt).toBe('2023-11-05');
    expect(c.article.body).toBe('Officials in Tallinn confirmed the figures on Sunday evening.');
  });

  it('does not end the body at a footer word printed above it (share bar "Comments")', () => {
    const page = ['Lisbon port workers strike over pay', 'Share this article', 'Comments', '', 'Dock workers in Lisbon walked out on Monday, halting container traffic at the port.'].join('\n');
    expect(cleanPage({ text: page, publishedAt: '2024-05-06' }).article.body).toBe(
      'Dock workers in Lisbon walked out on Monday, halting container traffic at the port.',
    );
  });

  it('skips a related-news box set inside the story and keeps the story below it', () => {
    const story = 'Dock workers in Lisbon walked out on Monday, halting container traffic at the port for the whole day and stranding ships.';
    const more = 'The union said 600 members joined the strike, and the port authority said talks with the workers would resume on Friday in Lisbon.';
    const later = 'Truck drivers had blocked the port road in March over the same pay dispute, and police detained four of them after a scuffle there.';
    const inline = ['Lisbon port workers strike', '', story, '', 'RELATED NEWS', 'Port of Porto reopens', 'Fuel prices rise again', '', more, '', later].join('\n');
    expect(cleanPage({ text: inline, publishedAt: '2024-05-06' }).article.body).toContain('police detained four');
    // at the foot of the page, the same box ends the story
    const footer = ['Lisbon port workers strike', '', story, '', more, '', 'RELATED NEWS', 'Port of Porto reopens', 'Fuel prices rise again'].join('\n');
    expect(cleanPage({ text: footer, publishedAt: '2024-05-06' }).article.body).not.toContain('Porto');
  });

  it.each([
    // An editors' note about the page itself is dropped; news that opens with the same word is kept.
    ['Correction: An earlier version of this story gave the wrong number of ministers who signed the accord.', false],
    ["Editor's note: The original article misspelled the name of the port.", false],
    ['Correction officers in Tallinn signed a new pay agreement on Monday.', true],
    // News that uses a widget's word is kept; the widget, in its own voice, is dropped.
    ['The Netherlands said it would donate 18 F-16 fighter jets to Ukraine.', true],
    ['His spokesperson said the UN stood ready to support the implementation of the agreement.', true],
    ['Police detained 30 US citizens who had signed up to fight in Borduria on Monday.', true],
    ['Jane Roe said on Monday: "We will support the ceasefire, and our army freed 12 prisoners in Lviv on Sunday."', true],
    ['Support independent journalism in Tallinn!', false],
    ['Donate', false],
    ['We use cookies to improve your experience.', false],
    ['This site uses cookies to analyse traffic and personalise content.', false],
    ['Help support the journalism of the Oslo Times with a small monthly gift.', false],
    ['Our reporting relies on readers. Donate now and support the newsroom.', false],
    ['Atlantis said its contribution to the fund would reach $20 million this year.', true],
  ])('after the story, %j kept: %s', (line, kept) => {
    const page = ['Estonia signs a port deal', '', 'Estonia signed a port agreement with Finland on Monday in Tallinn.', '', line].join('\n');
    expect(cleanPage({ text: page, publishedAt: '2024-05-07' }).article.body.includes(line)).toBe(kept);
  });

  it.each([
    ['Just a moment...\nChecking your browser before accessing the site.', 'bot-challenge'],
    ['Access denied\nYou do not have permission to access this page.', 'error-page'],
    ['   ', 'empty'],
    ['x'.repeat(1_000_001), 'too-large'],
  ])('rejects %j as %s', (text, reason) => {
    expect(() => cleanPage({ text })).toThrow(expect.objectContaining({ name: 'UnusablePageError', reason }));
    expect(() => cleanPage({ text })).toThrow(UnusablePageError);
  });
  // HTML (linkedom) is checked through the built CLI: linkedom's css-select dependency is ESM-only,
  // which jest cannot load without an ESM transform of node_modules.
});
