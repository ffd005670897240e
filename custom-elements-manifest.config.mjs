export default {
  globs: ['src/twin-cities.ts', 'src/define.ts'],
  outdir: '.',
  litelement: true,
};
