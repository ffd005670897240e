/**
 * What a TypeScript user of the npm package writes, type-checked by
 * test/package/types.test.mjs against the published declarations (lib/).
 */
import 'twin-cities';
import type {ErrorDetail} from 'twin-cities';

const seen: string[] = [];
const element = document.querySelector('twin-cities')!;
element.addEventListener('load', (e) => seen.push(...e.detail.problems.map((problem) => problem.path)));
element.addEventListener('error', (e) => seen.push(e.detail.kind, e.detail.message));
element.addEventListener('reciprocity', (e) => seen.push(...e.detail.missing, String(e.detail.checked)));

// Any element, as getElementById gives it: the same event types.
const anyElement = document.getElementById('partners')!;
anyElement.addEventListener('error', (e) => {
  const detail: ErrorDetail = e.detail;
  seen.push(detail.kind);
  // @ts-expect-error the detail has a type: no such field
  seen.push(e.detail.colour);
});

// An image's error listener still gets what an image fires.
document.createElement('img').addEventListener('error', (e) => seen.push(e.filename));
