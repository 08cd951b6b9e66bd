// @ts-check
// The console's JSON API. The person is known by an HttpOnly cookie the server sets.

/**
 * @param {string} path
 * @returns {Promise<any>} the JSON body, as the server sent it (see src/web/api.ts)
 */
export async function getJson(path) {
  return handle(await fetch(`/console/api/${path}`, { headers: { accept: 'application/json' } }));
}

/**
 * @param {string} path
 * @param {object} body
 * @returns {Promise<any>} the JSON body, as the server sent it (see src/web/api.ts)
 */
export async function postJson(path, body) {
  return handle(
    await fetch(`/console/api/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

/** @param {Response} res */
async function handle(res) {
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.error || `The server answered ${res.status}.`);
  return data;
}
