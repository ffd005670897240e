export * from './define.js';
export {parseFeed, parseFeedText, resolveText, KINDS, THEMES} from './feed.js';
export type {Feed, Partner, City, Kind, Theme, LocalizedText, Population, ParseResult} from './feed.js';
