import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/**
 * msal-node's network client on Node's fetch, with a timeout on every request. msal's own client
 * has none for POST, so a hanging token endpoint would hang the lookup.
 */
export function timedNetworkModule(timeoutMs: number): INetworkModule {
  return {
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions, timeout?: number) => send<T>(url, 'GET', options, Math.min(timeout ?? timeoutMs, timeoutMs)),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => send<T>(url, 'POST', options, timeoutMs),
  };
}

async function send<T>(url: string, method: 'GET' | 'POST', options: NetworkRequestOptions | undefined, timeoutMs: number): Promise<NetworkResponse<T>> {
  const response = await fetch(url, {
    method,
    headers: options?.headers,
    body: method === 'POST' ? (options?.body ?? '') : undefined,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => (headers[key] = value));
  return { headers, body: (await response.json()) as T, status: response.status };
}
