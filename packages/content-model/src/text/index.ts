// Text helpers without Node APIs, shared by the site's browser code, search, lint and CLI.
export {foldDutch} from './fold.js'
export {editDistance, closest} from './distance.js'
export {customHeadingId, headingAnchor} from './anchors.js'
export {dutchDate} from './dutch-date.js'
export {isSafeUrl} from './safe-url.js'
export {lineIndex, type LineIndex} from './line-index.js'
