// File text without Node APIs: the frontmatter splitter, edits through YAML Documents and "today", for the studio's browser code, the CLI and the packages.
export {cutFrontmatter, normaliseFileText, type FrontmatterCut} from './cut.js'
export {splitFile, joinFile, type FileParts} from './split-file.js'
export {readFrontmatterData, setFrontmatterValue, frontmatterKeyAtLine} from './frontmatter-edit.js'
export {todayInAmsterdam} from './today.js'
