/* Neural Atlas service worker: written into out/sw.js by scripts/postbuild/service-worker.ts, which fills in
 * the build's version and the files to precache. Pages are network-first (an online reader always gets
 * the current build), falling back to the copy saved when the reader last visited, then to /offline.
 * Hashed assets are cache-first. Each build's caches carry its version; older ones are deleted when the
 * new worker activates, so no stale site survives a deploy. */
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const PAGES = `pages-${VERSION}`;
const ASSETS = `assets-${VERSION}`;
const DATA = `data-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(ASSETS)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => !k.endsWith(`-${VERSION}`)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, cacheName, fallback) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (err) {
    const hit = (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
    if (hit) return hit;
    if (fallback) {
      const page = await caches.match(fallback);
      if (page) return page;
    }
    throw err;
  }
}

async function cacheFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, PAGES, "/offline"));
  } else if (url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/katex/")) {
    event.respondWith(cacheFirst(request, ASSETS));
  } else if (/^\/(search|previews|entry-data|entries|categories)\b/.test(url.pathname)) {
    // The search index and shards, link previews, and /compare's data and entry pages.
    event.respondWith(networkFirst(request, DATA));
  }
});
