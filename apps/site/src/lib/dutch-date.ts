// One Dutch date format for site, documents and CLI: the content model's.
export {dutchDate} from '@opendeuren/content-model/text'
