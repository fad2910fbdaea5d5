// Loaded with Node's own require, so this import() is Node's (jiti, which
// loads docusaurus.config.ts, breaks named exports of ESM workspace packages).
module.exports = (url) => import(url)
