import type {ProxyOptions} from 'vite'

/** The port the API server listens on in `npm run dev` (the port of `npm run studio`). */
export const devApiPort = 3001
/** The port of Vite's dev server in `npm run dev`. */
export const devClientPort = 5173

/** The part of the proxy's request the origin rewrite needs (http.ClientRequest has it). */
interface ProxiedRequest {
  getHeader(name: string): unknown
  setHeader(name: string, value: string): void
}

/**
 * Vite's `server.proxy` for `npm run dev`: `/api/…` and the start address
 * (`/?token=…`) go to the studio's own server, whose guard handles the secret
 * exactly as in production: the start address sets the session cookie and
 * redirects to `/`, every API request needs that cookie, and a request that
 * changes something needs the CSRF value of `/api/csrf`. The proxy sends the
 * API's own `Host`; an `Origin` of the dev server itself (and only that one)
 * is passed on as the API's origin, so the guard still refuses other sites.
 *
 * @param apiPort the API server's port
 * @param clientPort the dev server's port
 */
export function devProxy(apiPort: number, clientPort: number): Record<string, ProxyOptions> {
  const target = `http://localhost:${apiPort}`
  const own = new Set([`http://localhost:${clientPort}`, `http://127.0.0.1:${clientPort}`])
  const options: ProxyOptions = {
    target,
    changeOrigin: true,
    configure: (proxy) => {
      proxy.on('proxyReq', (request: ProxiedRequest) => {
        const origin = request.getHeader('origin')
        if (typeof origin === 'string' && own.has(origin.toLowerCase()))
          request.setHeader('origin', target)
      })
    }
  }
  return {'/api/': options, '^/\\?(?:.*&)?token=': options}
}
