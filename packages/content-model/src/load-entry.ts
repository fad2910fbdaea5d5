/**
 * The content loader alone (`@opendeuren/content-model/load`): what a
 * command that only reads the content needs, without the rest of the main
 * entry (the public gate, JSON Schema for editors, the fact renderers).
 */
export {loadContent} from './load.js'
export {ContentDirectoryError, type LoadOptions} from './content-files.js'
