// Sets the `layout` attribute of the Bagnolet element from the radio buttons (and
// from ?layout= in the address, so a layout can be linked to).
const element = document.getElementById('bagnolet');
const radios = document.querySelectorAll('input[name="layout"]');
const wanted = new URLSearchParams(location.search).get('layout');

function show(layout) {
  element.setAttribute('layout', layout);
  for (const radio of radios) radio.checked = radio.value === layout;
}

if (wanted && [...radios].some((radio) => radio.value === wanted)) show(wanted);
for (const radio of radios) {
  radio.addEventListener('change', () => {
    show(radio.value);
    const url = new URL(location.href);
    url.searchParams.set('layout', radio.value);
    history.replaceState(null, '', url);
  });
}
