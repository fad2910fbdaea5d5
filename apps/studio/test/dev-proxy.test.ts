import {EventEmitter} from 'node:events'
import {describe, expect, test} from 'vitest'
import config from '../vite.config.js'
import {devApiPort, devClientPort, devProxy} from '../dev-proxy.js'

/** Run the proxy's `configure` on a stand-in proxy and send one request through it: the Origin the API receives. */
function originSent(origin: string | undefined): unknown {
  const options = devProxy(3001, 5173)['/api/']!
  const proxy = new EventEmitter()
  options.configure!(proxy as never, options)
  const headers = new Map<string, string>(origin === undefined ? [] : [['origin', origin]])
  proxy.emit('proxyReq', {
    getHeader: (name: string) => headers.get(name),
    setHeader: (name: string, value: string) => headers.set(name, value)
  })
  return headers.get('origin')
}

describe('npm run dev: Vite with the API proxied', () => {
  test('the dev server proxies /api and the start address to the port of npm run studio', () => {
    expect(devApiPort).toBe(3001)
    const server = config.server!
    expect(server.port).toBe(devClientPort)
    expect(Object.keys(server.proxy!)).toEqual(['/api/', '^/\\?(?:.*&)?token='])
    for (const options of Object.values(server.proxy!))
      expect(options).toMatchObject({target: 'http://localhost:3001', changeOrigin: true})
  })

  test('the start address with its secret goes to the API (which sets the cookie); other pages stay with Vite', () => {
    const startAddress = new RegExp(Object.keys(devProxy(3001, 5173))[1]!)
    expect(['/?token=abc', '/?x=1&token=abc'].map((url) => startAddress.test(url))).toEqual([
      true,
      true
    ])
    expect(
      ['/', '/src/main.tsx', '/?tokens', '/assets/x.js?token=abc'].map((url) =>
        startAddress.test(url)
      )
    ).toEqual([false, false, false, false])
  })

  test("only the dev server's own Origin is passed on as the API's; another site's stays and is refused by the guard", () => {
    expect(originSent('http://localhost:5173')).toBe('http://localhost:3001')
    expect(originSent('http://127.0.0.1:5173')).toBe('http://localhost:3001')
    expect(originSent('http://evil.example')).toBe('http://evil.example')
    expect(originSent('http://localhost:5174')).toBe('http://localhost:5174')
    expect(originSent(undefined)).toBeUndefined()
  })
})
