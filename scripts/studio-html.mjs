// Writes dist/twin-cities-studio.html: ONE file, the studio's module inline, that
// works opened by double-click (file://) or from any server, and fetches nothing
// on its own (no favicon either). Run after `rollup -c rollup.studio.config.mjs`.
import {readFileSync, writeFileSync} from 'node:fs';

const code = readFileSync('dist/twin-cities-studio.js', 'utf8');
// Inside a <script>, only "</script" and "<!--" can end or confuse it; in JavaScript
// they can only be in strings, templates, regular expressions or comments, where
// "<\/" and "<\!--" read the same.
const inline = code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const page = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>twin-cities — atelier des villes partenaires</title>
<link rel="icon" href="data:,">
<style>html{background:#fff}body{margin:0}</style>
</head>
<body>
<twin-cities-studio></twin-cities-studio>
<script type="module">
${inline}
{
  const studio = document.querySelector('twin-cities-studio');
  const wikidata = new URLSearchParams(location.search).get('wikidata');
  if (wikidata && /^https?:\\/\\//i.test(wikidata)) studio.setAttribute('wikidata', wikidata);
  const follow = () => (document.documentElement.lang = studio.language.tag);
  follow();
  new MutationObserver(follow).observe(studio, {attributes: true, attributeFilter: ['lang']});
}
</script>
</body>
</html>
`;
writeFileSync('dist/twin-cities-studio.html', page);
console.log(`dist/twin-cities-studio.html: ${(page.length / 1024).toFixed(0)} KB`);
