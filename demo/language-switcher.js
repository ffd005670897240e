// Changes <html lang>: every <twin-cities> without a lang of its own follows. The
// demo's own French text says lang="fr" itself, so it is never announced as German.
const select = document.getElementById('page-lang');
const wanted = new URLSearchParams(location.search).get('lang');
if (wanted) document.documentElement.lang = wanted;
select.value = document.documentElement.lang;
select.addEventListener('change', () => {
  document.documentElement.lang = select.value;
  const url = new URL(location.href);
  url.searchParams.set('lang', select.value);
  history.replaceState(null, '', url);
});
