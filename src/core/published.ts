/** A partner as from-csv publishes it: what the parser kept, URLs as the editor wrote them. */
import type {LocalizedText, Partner} from './feed.js';
import type {Json} from './partner-row.js';

export function published(partner: Partner, raw: Record<string, Json>): Record<string, Json> {
  const rawImage = raw.image as Record<string, Json> | undefined;
  const entry: Record<string, Json> = {id: partner.id, name: jsonText(partner.name), country: partner.country};
  if (partner.region !== undefined) entry.region = jsonText(partner.region);
  if (partner.population !== undefined) {
    const {value, year, approximate} = partner.population;
    entry.population = {value, ...(year !== undefined && {year}), ...(approximate && {approximate})};
  }
  if (partner.since !== undefined) entry.since = partner.since;
  entry.kind = partner.kind;
  if (partner.summary !== undefined) entry.summary = jsonText(partner.summary);
  if (partner.url !== undefined) entry.url = (raw.url as string).trim();
  if (partner.image !== undefined) {
    entry.image = {
      src: (rawImage!.src as string).trim(),
      ...(partner.image.alt !== undefined && {alt: jsonText(partner.image.alt)}),
    };
  }
  if (partner.location !== undefined) entry.location = {...partner.location};
  if (partner.themes.length > 0) entry.themes = [...partner.themes];
  if (partner.feed !== undefined) entry.feed = (raw.feed as string).trim();
  return entry;
}

const jsonText = (value: LocalizedText): Json => (typeof value === 'string' ? value : {...value});

