/**
 * `twin-cities check-reciprocity <file-or-url>`: the element's `reciprocal` check,
 * as a table. Reads our feed, then every partner's `feed` (four at a time), and
 * says which partner towns list us back, and why a partner's feed could not be
 * read. Exit 1 when one does not list us back or its feed cannot be read.
 * A partner feed at a private or local address is not read (a feed is written by
 * anyone; the tool may run inside a town's network) unless `--allow-private`.
 */
import {dirname} from 'node:path';
import {resolveText} from '../core/feed.js';
import {checkReciprocity, type OwnFeed, type ReciprocityStatus} from '../core/reciprocity.js';
import {EXIT_CLEAN, EXIT_PROBLEMS, type Context} from './context.js';
import {loadFeed} from './load-feed.js';
import {
  listedText,
  missingText,
  nameHeading,
  noCityText,
  noFeedStatusText,
  partnerHeading,
  reciprocitySummaryText,
  statusHeading,
  unreachableText,
  unreadableText,
  utf16Text,
} from '../i18n/tool-messages.js';
import {printable, printableJson} from '../core/printable.js';
import {localPath, readLinked} from './sources.js';

export interface CheckOptions {
  readonly json: boolean;
  /** Where a local feed is published: its own URL, and what its relative URLs resolve against. */
  readonly base?: string;
  /** Read partner feeds at loopback, link-local and private addresses too. */
  readonly allowPrivate?: boolean;
}

export async function reportReciprocity(input: string, options: CheckOptions, context: Context): Promise<number> {
  const loaded = await loadFeed(input, options.base);
  if (!loaded.ok) {
    context.err(`${printable(input)}: ${context.say(loaded.message)}\n`);
    return EXIT_PROBLEMS;
  }
  const {feed} = loaded;
  const own: OwnFeed = {url: loaded.url, ...(feed.city !== undefined && {city: feed.city})};
  if (feed.city?.name === undefined || feed.city.country === undefined) {
    context.err(`${printable(input)}: ${context.say(noCityText)}\n`);
  }
  // A partner's relative `feed` resolved against ours; read from disk only next to
  // a local feed given here (and published nowhere else: no --base).
  const folder = loaded.path !== undefined && options.base === undefined ? dirname(loaded.path) : undefined;
  const reasons = new Map<string, () => string>();
  const report = await checkReciprocity(
    feed.partners,
    async (url) => {
      const partner = await loadFeed(url, undefined, (source) =>
        readLinked(source, folder, {allowPrivate: options.allowPrivate === true})
      );
      // The element reads UTF-8 only: a UTF-16 feed is one it cannot read either.
      if (partner.ok && partner.utf16) reasons.set(url, utf16Text);
      else if (!partner.ok) reasons.set(url, partner.message);
      return partner.ok && !partner.utf16 ? partner.feed : undefined;
    },
    own,
    // The person at the terminal asked for every partner: no cap, unlike a page.
    {concurrency: 4, limit: Infinity}
  );

  // Why each unreadable partner feed could not be read, and where it was looked for.
  const unreadable = feed.partners
    .filter((partner) => report.results.get(partner.id) === 'unreachable')
    .map((partner) => {
      const address = printable(localPath(partner.feed!) ?? partner.feed!);
      const reason = reasons.get(partner.feed!) ?? unreachableText;
      return context.say(() => unreadableText(printable(partner.id), address, reason()));
    });

  if (options.json) {
    const {checked, reciprocal, missing, unreachable} = report;
    context.out(`${printableJson(JSON.stringify({checked, reciprocal, missing, unreachable}, null, 2))}\n`);
    for (const line of unreadable) context.err(`${line}\n`);
  } else {
    const status = (s: ReciprocityStatus | undefined) =>
      s === 'listed' ? listedText() : s === 'missing' ? missingText() : s === 'unreachable' ? unreachableText() : noFeedStatusText();
    const rows = context.say(() => [
      [partnerHeading(), nameHeading(), statusHeading()],
      ...feed.partners.map((partner) => [
        printable(partner.id),
        printable(resolveText(partner.name, context.language.tag).text),
        status(report.results.get(partner.id)),
      ]),
    ]);
    context.out(table(rows));
    if (unreadable.length > 0) context.out(`\n${unreadable.join('\n')}\n`);
    context.out(
      `\n${context.say(() =>
        reciprocitySummaryText(report.checked, report.reciprocal, report.missing.length, report.unreachable.length)
      )}\n`
    );
  }
  // A partner feed that could not be read leaves a check undone: not clean either.
  return report.missing.length > 0 || report.unreachable.length > 0 ? EXIT_PROBLEMS : EXIT_CLEAN;
}

/** Columns padded to their widest cell, a rule under the heading. */
function table(rows: readonly string[][]): string {
  const width = (text: string) => [...text.normalize('NFC')].length;
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => width(row[i]))));
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i] - width(cell)))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n') + '\n';
}
