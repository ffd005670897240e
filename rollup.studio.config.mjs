import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {csvParseBrowser} from './scripts/rollup/csv-parse-browser.mjs';

/**
 * The feed studio as one module, `dist/twin-cities-studio.js`: Lit, the element
 * for the preview, SheetJS, csv-parse's browser build and every catalog inlined.
 * scripts/studio-html.mjs then inlines it into `dist/twin-cities-studio.html`.
 */
export default {
  input: 'src/studio/define.ts',
  output: {file: 'dist/twin-cities-studio.js', format: 'es', inlineDynamicImports: true},
  plugins: [
    typescript({tsconfig: './tsconfig.studio.json', declaration: false, outDir: undefined, rootDir: undefined, noEmitOnError: true}),
    csvParseBrowser(),
    nodeResolve({exportConditions: ['production'], browser: true}),
    terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}}),
  ],
  onwarn(warning, warn) {
    // SheetJS reads optional globals (`cptable`, `Deno`) through `this` at its top level.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
