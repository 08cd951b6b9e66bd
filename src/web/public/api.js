// The console's JSON API. The person is known by an HttpOnly cookie the server sets.

export async function getJson(path) {
  return handle(await fetch(`/console/api/${path}`, { headers: { accept: 'application/json' } }));
}

export async function postJson(path, body) {
  return handle(
    await fetch(`/console/api/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

async function handle(res) {
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.error || `The server answered ${res.status}.`);
  return data;
}
