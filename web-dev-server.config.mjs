// `npm start`: serves the repository so the demo uses the built one-file bundle,
// exactly as a CMS page would.
const port = Number(process.env.PORT) || 8000;

export default {
  rootDir: '.',
  port,
  hostname: 'localhost',
  plugins: [
    {
      name: 'print-demo-url',
      serverStart() {
        console.log(`\n  twin-cities demo: http://localhost:${port}/demo/\n`);
      },
    },
  ],
};
