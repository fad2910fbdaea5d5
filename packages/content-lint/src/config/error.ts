// The configuration is read by the content model (lint and gate read the same file); its error class is shared.
export {ConfigError} from '@opendeuren/content-model/config'
