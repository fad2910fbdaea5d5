import {lazy, Suspense, useEffect, useRef, useState} from 'react'
import {call, client, type Session} from './api.js'
import {useRoute} from './router.js'
import {Messages} from './screens/common.js'
import {Overview} from './screens/Overview.js'

/*
 * One chunk per screen: the overview (the first screen) is in the entry;
 * every other screen, with what only it needs (CodeMirror, the Markdown
 * preview, the merge view), loads when it is first opened.
 */
const Consultations = lazy(() =>
  import('./screens/Consultations.js').then((m) => ({default: m.Consultations}))
)
const FactsEditor = lazy(() =>
  import('./screens/FactsEditor.js').then((m) => ({default: m.FactsEditor}))
)
const NewContent = lazy(() =>
  import('./screens/NewContent.js').then((m) => ({default: m.NewContent}))
)
const PageEditor = lazy(() =>
  import('./screens/PageEditor.js').then((m) => ({default: m.PageEditor}))
)
const Publish = lazy(() => import('./screens/Publish.js').then((m) => ({default: m.Publish})))
const SignalForm = lazy(() =>
  import('./screens/SignalForm.js').then((m) => ({default: m.SignalForm}))
)
const Workbench = lazy(() => import('./screens/Workbench.js').then((m) => ({default: m.Workbench})))

/** Shown while a screen's chunk loads (the same words as while the session loads). */
const loading = <p role="status">Bezig met laden…</p>

const navigation = [
  {name: '', label: 'Overzicht'},
  {name: 'nieuw', label: 'Nieuwe pagina'},
  {name: 'signaal-nieuw', label: 'Nieuw signaal'},
  {name: 'consultaties', label: 'Consultaties'},
  {name: 'feiten', label: 'Feiten'},
  {name: 'vastleggen', label: 'Vastleggen'}
]

/** The studio: a skip link, the navigation and one screen per route. */
export function App() {
  const route = useRoute()
  const [session, setSession] = useState<Session>()
  const [error, setError] = useState<string>()
  const main = useRef<HTMLElement>(null)

  useEffect(() => {
    call(client.session.$get()).then(setSession, (e: Error) => setError(e.message))
  }, [])

  // Move focus to the new screen (as a page load would), so keyboard and screen-reader users start there.
  const first = useRef(true)
  const params = route.params.toString()
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    main.current?.focus()
  }, [route.name, params])

  useEffect(() => {
    const current = navigation.find((n) => n.name === route.name)
    document.title = `${current?.label ?? 'Bewerken'} – Open Deuren studio`
  }, [route.name])

  let screen
  if (error) screen = <Messages message={{kind: 'fout', text: error}} />
  else if (!session) screen = loading
  else {
    const path = route.params.get('path') ?? ''
    switch (route.name) {
      case 'pagina':
        screen = <PageEditor key={path} path={path} session={session} />
        break
      case 'nieuw':
        screen = <NewContent key="page" session={session} type="page" />
        break
      case 'signaal-nieuw':
        screen = <NewContent key="signal" session={session} type="signal" />
        break
      case 'signaal':
        screen = <SignalForm key={path} path={path} session={session} />
        break
      case 'consultaties':
        screen = <Consultations />
        break
      case 'consultatie':
        screen = <Workbench key={route.params.get('id') ?? ''} id={route.params.get('id') ?? ''} />
        break
      case 'feiten':
        screen = <FactsEditor key={path} path={path} session={session} />
        break
      case 'vastleggen':
        screen = <Publish />
        break
      default:
        screen = <Overview />
    }
  }

  return (
    <>
      <a
        className="skip-link"
        href="#inhoud"
        onClick={(e) => (e.preventDefault(), main.current?.focus())}
      >
        Naar de inhoud
      </a>
      <header className="site-header">
        <p className="brand">Open Deuren studio</p>
        <nav aria-label="Hoofdmenu">
          <ul>
            {navigation.map((item) => (
              <li key={item.name}>
                <a
                  href={`#/${item.name}`}
                  aria-current={route.name === item.name ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="inhoud" ref={main} tabIndex={-1}>
        <Suspense fallback={loading}>{screen}</Suspense>
      </main>
    </>
  )
}
