import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    declaration: false,
    outDir: undefined,
    rootDir: undefined,
    noEmitOnError: true,
  });

export default [
  // The one file a web editor copies into a CMS: Lit, @lit/localize and every
  // catalog inlined, production builds only, minified.
  {
    input: 'src/define.ts',
    output: {file: 'dist/twin-cities.js', format: 'es'},
    plugins: [
      ts(),
      nodeResolve({exportConditions: ['production'], browser: true}),
      terser({ecma: 2022, module: true, format: {comments: false}}),
    ],
  },
];
