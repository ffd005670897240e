// Shows the `reciprocity` event of the Colombes widget under it.
const colombes = document.querySelector('twin-cities[src="feeds/colombes.json"]');
const report = document.getElementById('report');
colombes.addEventListener('reciprocity', ({detail}) => {
  const {checked, reciprocal, missing, unreachable} = detail;
  report.textContent =
    `Flux lus\u00a0: ${checked}\u202f; réciproques\u00a0: ${reciprocal}\u202f; ` +
    `pas encore réciproques\u00a0: ${missing.join(', ') || 'aucun'}\u202f; ` +
    `illisibles\u00a0: ${unreachable.join(', ') || 'aucun'}.`;
});
