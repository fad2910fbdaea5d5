// Whether a response is an example is a publication rule: content-model's `publication.ts` decides it.
export {examplesOf} from '@opendeuren/content-model'
