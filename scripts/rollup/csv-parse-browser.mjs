/**
 * csv-parse's Node build (`csv-parse/sync`) calls `Buffer`, which browsers lack;
 * its browser build reads the same CSV. This points the import at the browser
 * build, for the studio's bundle (Rollup) and its browser tests (web-test-runner,
 * through @web/dev-server-rollup's `fromRollup`).
 */
export function csvParseBrowser() {
  return {
    name: 'csv-parse-browser',
    resolveId(source, importer, options) {
      if (source !== 'csv-parse/sync') return null;
      return this.resolve('csv-parse/browser/esm/sync', importer, {...options, skipSelf: true});
    },
  };
}
