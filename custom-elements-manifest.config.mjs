import * as attributes from './lib/element/attributes.js';

/**
 * Defaults written as constants (`timeout = DEFAULT_TIMEOUT`) would reach editors
 * and docs as the constant's name: the manifest gets their values instead. Runs
 * after `tsc`, which writes lib/.
 */
const resolveDefaults = {
  name: 'resolve-default-constants',
  packageLinkPhase({customElementsManifest}) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if (typeof attributes[item.default] === 'number') item.default = String(attributes[item.default]);
        }
      }
    }
  },
};

export default {
  globs: ['src/element/twin-cities.ts', 'src/element/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [resolveDefaults],
};
