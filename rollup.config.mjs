import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {compactMessages} from './scripts/rollup/compact-messages.mjs';
import {minifyCssTemplates} from './scripts/rollup/minify-css.mjs';

const ts = () =>
  typescript({
    tsconfig: './tsconfig.bundle.json',
    declaration: false,
    outDir: undefined,
    rootDir: undefined,
    noEmitOnError: true,
  });

/**
 * The one file a web editor copies into a CMS: Lit, @lit/localize and every
 * catalog inlined, production builds only, minified. `catalogs: false` leaves the
 * five translations out (scripts/size.mjs measures what they add).
 */
export const bundle = ({catalogs = true} = {}) => ({
  input: 'src/element/define.ts',
  output: {file: 'dist/twin-cities.js', format: 'es'},
  plugins: [
    ts(),
    // After TypeScript, which compiles from its own program and ignores earlier transforms.
    minifyCssTemplates(),
    compactMessages({xliff: 'locales/de.xlf', catalogs}),
    nodeResolve({exportConditions: ['production'], browser: true}),
    terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}}),
  ],
});

export default [bundle()];
