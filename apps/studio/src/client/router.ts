import {useEffect, useState} from 'react'

/** The current screen, from the address after `#`. */
export interface Route {
  name: string
  params: URLSearchParams
}

function parse(): Route {
  const hash = window.location.hash.replace(/^#\/?/, '')
  const [name = '', query = ''] = hash.split('?')
  return {name, params: new URLSearchParams(query)}
}

/** The route, updated on every `hashchange`. */
export function useRoute(): Route {
  const [route, setRoute] = useState(parse)
  useEffect(() => {
    const onChange = () => setRoute(parse())
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}

/** Where a file opens: guide pages in the editor, signals in the intake form, consultations in the workbench. */
export function hrefFor(item: {path: string; kind: string}): string {
  if (item.kind === 'signaal') return `#/signaal?path=${encodeURIComponent(item.path)}`
  if (item.kind === 'consultatie')
    return `#/consultatie?id=${encodeURIComponent(item.path.replace(/^consultations\//, '').replace(/\.md$/, ''))}`
  return `#/pagina?path=${encodeURIComponent(item.path)}`
}
