// What old CMS themes put on window: a `$`, a patched prototype, a global `msg`.
window.$ = window.jQuery = function () {
  return {ready() {}};
};
window.msg = 'not the localization function';
Array.prototype.unique = function () {
  return [...new Set(this)];
};
