import {useEffect, useRef, useState} from 'react'
import {call, client, type Session} from './api.js'
import {useRoute} from './router.js'
import {Consultations} from './screens/Consultations.js'
import {FactsEditor} from './screens/FactsEditor.js'
import {Messages} from './screens/common.js'
import {NewContent} from './screens/NewContent.js'
import {Overview} from './screens/Overview.js'
import {PageEditor} from './screens/PageEditor.js'
import {Publish} from './screens/Publish.js'
import {SignalForm} from './screens/SignalForm.js'
import {Workbench} from './screens/Workbench.js'

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
  else if (!session) screen = <p role="status">Bezig met laden…</p>
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
      <a className="skip-link" href="#inhoud" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Naar de inhoud
      </a>
      <header className="site-header">
        <p className="brand">Open Deuren studio</p>
        <nav aria-label="Hoofdmenu">
          <ul>
            {navigation.map((item) => (
              <li key={item.name}>
                <a href={`#/${item.name}`} aria-current={route.name === item.name ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="inhoud" ref={main} tabIndex={-1}>
        {screen}
      </main>
    </>
  )
}
