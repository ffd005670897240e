export * from './element/define.js';
export {parseFeed, parseFeedText, resolveText, KINDS, THEMES} from './core/feed.js';
export type {Feed, Partner, City, Kind, Theme, LocalizedText, Population, ParseResult} from './core/feed.js';
// `Problem` is the `load` event's (README, Events); the parser's own, with codes, is `FeedProblem`.
export type {FeedProblem} from './core/feed.js';
