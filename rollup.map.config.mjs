import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * The map of `<twin-cities map>`: its code and coastlines in one self-contained
 * module, twin-cities-map.js, which the element imports from beside its own script
 * only when `map` is set. Written twice: next to dist/twin-cities.js for a CMS, and
 * next to lib/element/map-loader.js for bundlers (`import 'twin-cities'`).
 */
export default {
  input: 'src/map/twin-cities-map.ts',
  output: [
    {file: 'dist/twin-cities-map.js', format: 'es'},
    {file: 'lib/element/twin-cities-map.js', format: 'es'},
  ],
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/map/**/*.ts', 'src/core/*.ts'],
      declaration: false,
      outDir: undefined,
      rootDir: undefined,
      noEmitOnError: true,
    }),
    terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}}),
  ],
};
