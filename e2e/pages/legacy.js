// What old CMS themes and plugins do to the page's JavaScript: enumerable additions to built-in
// prototypes (Prototype.js, MooTools era), an AMD/CommonJS loader's globals (RequireJS), and a
// global msg() of their own.
Object.prototype.legacyPlugin = function () {};
Array.prototype.each = function (f) { for (var i = 0; i < this.length; i++) f(this[i], i); };
Array.prototype.remove = function () {};
String.prototype.trimAll = function () { return this.replace(/\s+/g, ''); };
window.msg = function () { return 'legacy'; };
window.define = function () {};
window.define.amd = true;
window.module = {};
window.exports = {};
