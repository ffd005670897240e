/**
 * The element imports its map from beside its own script: for the built bundle,
 * dist/twin-cities-map.js; for the sources under test, /src/element/twin-cities-map.js,
 * which does not exist as such. This middleware sends that request to the map's
 * source (src/map/twin-cities-map.ts, which the test server transpiles), with a
 * redirect so that the module's own relative imports resolve from src/map/.
 */
export async function mapModule(ctx, next) {
  if (ctx.path !== '/src/element/twin-cities-map.js') return next();
  ctx.redirect('/src/map/twin-cities-map.ts');
}
