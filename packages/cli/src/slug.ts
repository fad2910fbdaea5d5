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

/**
 * Quote a string for YAML when it needs it.
 *
 * @param value the text
 */
export function yamlString(value: string): string {
  if (/^[\p{L}\p{N}][\p{L}\p{N} ,.()'’/-]*$/u.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/^\d/.test(value)) {
    return value
  }
  return JSON.stringify(value)
}
