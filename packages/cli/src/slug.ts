import {foldDutch} from '@opendeuren/content-model'

/**
 * Turn a Dutch title into a file name: lowercase ASCII, words joined by `-`.
 *
 * @param title the title
 */
export function slugify(title: string): string {
  return foldDutch(title)
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '')
}

// Quoting for YAML lives with the scaffolds in the content model.
export {yamlString} from '@opendeuren/content-model/scaffold'
