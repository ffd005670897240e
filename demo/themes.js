// Shows each theme's CSS exactly as written in themes.css, so the sample on the
// page is always the rule that styles the cards below it.
const css = await (await fetch(new URL('themes.css', import.meta.url))).text();

for (const code of document.querySelectorAll('code[data-theme]')) {
  const selector = `twin-cities.${code.dataset.theme}`;
  const rules = css.match(/^twin-cities\.[\w-]+(?:::part\([\w-]+\))? \{[^}]*\}/gm) ?? [];
  code.textContent = rules.filter((rule) => rule.startsWith(`${selector} `) || rule.startsWith(`${selector}::`)).join('\n');
}
