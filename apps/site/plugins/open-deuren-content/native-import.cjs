// Loaded with Node's own require (see packages.ts), so this import() is Node's.
module.exports = (url) => import(url)
