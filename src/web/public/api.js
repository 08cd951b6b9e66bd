// @ts-check
// The console's JSON API. The person is known by an HttpOnly cookie the server sets.
// `headers`: extra headers (the supervisor key, for the supervisors' calls only).

/**
 * @param {string} path
 * @param {Record<string, string>} [headers]
 * @returns {Promise<any>} the JSON body, as the server sent it (see src/web/api.ts)
 */
export async function getJson(path, headers = {}) {
  return handle(
    await fetch(`/console/api/${path}`, { headers: { accept: 'application/json', ...headers } }),
  );
}

/**
 * @param {string} path
 * @param {object} body
 * @param {Record<string, string>} [headers]
 * @returns {Promise<any>} the JSON body, as the server sent it (see src/web/api.ts)
 */
export async function postJson(path, body, headers = {}) {
  return handle(
    await fetch(`/console/api/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
}

/** @param {Response} res */
async function handle(res) {
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.error || data.text || `The server answered ${res.status}.`);
  return data;
}
