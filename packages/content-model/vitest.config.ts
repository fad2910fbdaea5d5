// The shared configuration as it is (see vitest.shared.ts at the root).
export {default} from '../../vitest.shared.js'
