// Shows the `reciprocity` event of the Colombes widget under it.
const colombes = document.querySelector('twin-cities[src="feeds/colombes.json"]');
const report = document.getElementById('report');
colombes.addEventListener('reciprocity', ({detail}) => {
  const {checked, reciprocal, missing, unreachable} = detail;
  report.textContent =
    `Flux lus : ${checked} ; réciproques : ${reciprocal} ; ` +
    `pas encore réciproques : ${missing.join(', ') || 'aucun'} ; ` +
    `illisibles : ${unreachable.join(', ') || 'aucun'}.`;
});
