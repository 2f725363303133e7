// The dashboard is a client of the public API: the same endpoints, with the key the user pasted.
const KEY = 'blueindic.apiKey';

export const credentials = {
  get key() { return sessionStorage.getItem(KEY); },
  set key(value) { sessionStorage.setItem(KEY, value); },
  clear() { sessionStorage.removeItem(KEY); },
};

/** A refused request: its status and the RFC 9457 problem the API answered with. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function api(path, { method = 'GET', body, headers = {}, key = credentials.key, as = 'json' } = {}) {
  const init = { method, headers: { Authorization: `Bearer ${key}`, ...headers } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, null);
  }
  if (response.status === 401 && key === credentials.key) window.dispatchEvent(new Event('blueindic:unauthorized'));
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  if (response.status === 204) return null;
  if (as === 'blob') return response.blob();
  return response.json();
}

/**
 * A fresh Idempotency-Key: one per form, so a double click or a retry carries out the command once.
 * crypto.randomUUID needs a secure context (https or localhost); getRandomValues does not.
 */
export function newIdempotencyKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, '0')).join('');
}

/** The If-Match header for a resource the page has read: its version, as the API's ETag says it. */
export const ifMatch = version => ({ 'If-Match': `"${version}"` });

let me, meKey;
/**
 * Who the key is (GET /api/me): { tenantId, name, taxId, keyId, today, alertWindowDays }. Asked once per key;
 * a failed answer is not kept, so the next call asks again.
 */
export function whoAmI() {
  if (!me || meKey !== credentials.key) {
    meKey = credentials.key;
    const asked = api('/api/me').catch(error => {
      if (me === asked) me = undefined;
      throw error;
    });
    me = asked;
  }
  return me;
}

/** Checks a pasted key against /api/me and keeps it, with its answer. Rejects with the ApiError (401: not valid). */
export async function signIn(key) {
  const who = await api('/api/me', { key });
  credentials.key = key;
  [me, meKey] = [Promise.resolve(who), key];
  return who;
}

/** The API's today ("2026-11-27", Madrid): year pickers follow the server's clock, not the browser's. */
export function serverToday() {
  return whoAmI().then(who => who.today);
}

/**
 * Uploads a form with progress (fetch cannot report upload progress): onProgress(0..1).
 * Resolves with { status, body }; a refusal rejects with an ApiError like api() does.
 */
export function upload(path, form, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Authorization', `Bearer ${credentials.key}`);
    xhr.upload.onprogress = e => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(new ApiError(0, null));
    xhr.onload = () => {
      if (xhr.status === 401) window.dispatchEvent(new Event('blueindic:unauthorized'));
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status >= 200 && xhr.status < 300) resolve({ status: xhr.status, body });
      else reject(new ApiError(xhr.status, body));
    };
    xhr.send(form);
  });
}
