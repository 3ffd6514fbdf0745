// The service worker: it keeps the app shell and the last loaded night page of the signed-in walker, so the page
// opens and reloads without a network, and it sends the outbox by Background Sync where the browser has it. It
// touches no other page and no API call. Personal pages are kept per user and dropped when another user's page
// arrives or at logout (the page, and the server's Clear-Site-Data header, clear them). See docs/offline-outbox.md.
importScripts("/js/outbox.js");

var SHELL = "nv-shell-2";
var SHELL_FILES = ["/css/app.css", "/js/outbox.js", "/js/night.js", "/js/night-map.js", "/manifest.webmanifest", "/icons/icon-192.png"];
var NIGHT_PAGE = /^\/walks\/\d+\/night$/;
var ASSET = /^\/(css|js|webjars|icons)\//;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) { return cache.addAll(SHELL_FILES); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf("nv-shell") === 0 && k !== SHELL; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

function nightCache(user) {
  return "nv-night-" + user;
}

/** Keeps a night page under its walker, and drops every other walker's pages. */
function keepPage(url, response) {
  var user = response.headers.get("X-Night-User");
  if (!response.ok || response.redirected || !user) {
    return Promise.resolve();
  }
  return caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf("nv-night-") === 0 && k !== nightCache(user); })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () {
    return caches.open(nightCache(user));
  }).then(function (cache) {
    return cache.put(url, response);
  });
}

function cachedPage(url) {
  return caches.keys().then(function (keys) {
    var mine = keys.filter(function (k) { return k.indexOf("nv-night-") === 0; });
    return mine.length ? caches.open(mine[0]).then(function (cache) { return cache.match(url); }) : undefined;
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate" && NIGHT_PAGE.test(url.pathname)) {
    event.respondWith(fetch(request).then(function (response) {
      event.waitUntil(keepPage(url.href, response.clone()));
      return response;
    }, function () {
      return cachedPage(url.href).then(function (page) { return page || Response.error(); });
    }));
  } else if (ASSET.test(url.pathname) || url.pathname === "/manifest.webmanifest") {
    event.respondWith(caches.match(request).then(function (cached) {
      var fresh = fetch(request).then(function (response) {
        if (response.ok) {
          var copy = response.clone();
          caches.open(SHELL).then(function (cache) { cache.put(request, copy); });
        }
        return response;
      });
      return cached || fresh;
    }));
  }
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type === "keep") {
    // The page the worker did not yet control when it loaded, and the assets it used.
    var assets = (data.assets || []).filter(function (a) {
      var u = new URL(a);
      return u.origin === self.location.origin && ASSET.test(u.pathname);
    });
    event.waitUntil(Promise.all([
      fetch(data.page, { credentials: "same-origin", redirect: "manual" })
        .then(function (response) { return keepPage(data.page, response); }),
      caches.open(SHELL).then(function (cache) { return cache.addAll(assets); })
    ]).catch(function () { /* offline: kept the next time */ }));
  }
});

self.addEventListener("sync", function (event) {
  if (event.tag === "night-outbox") {
    // Without the page there is no CSRF token: the worker sends the writes that a night pass covers.
    event.waitUntil(self.NightOutbox.flush({}).then(function (result) {
      return self.clients.matchAll().then(function (pages) {
        pages.forEach(function (page) { page.postMessage({ type: "outbox-sent", sent: result.sent }); });
      });
    }));
  }
});
