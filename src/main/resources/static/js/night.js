// The walk night's outbox. Every write is first put in IndexedDB with its own Idempotency-Key and the moment it
// happened, then sent; what cannot be sent (a tunnel, no signal) waits and is retried when the network returns, and
// the server does a repeated write once. The outbox holds ids, counts and the typed notes, never names of people,
// and it is emptied at logout. See docs/offline-outbox.md.
(function () {
  "use strict";
  var root = document.querySelector("[data-night]");
  if (!root || !window.indexedDB) {
    return;
  }
  var DB = "nattvandring-outbox";
  var STORE = "writes";
  var counter = document.getElementById("outbox-count");
  var errorBox = document.getElementById("night-error");
  var sending = false;

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, { keyPath: "seq", autoIncrement: true });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function withStore(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result = work(tx.objectStore(STORE));
        tx.oncomplete = function () { resolve(result && result.result !== undefined ? result.result : result); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  function payload(form) {
    var body = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.disabled || (field.type === "checkbox" && !field.checked)) {
        return;
      }
      var value = field.value;
      if (value === "") {
        return;
      }
      if (field.dataset.type === "number") {
        value = Number(value);
      }
      var name = field.name;
      var target = body;
      if (name.indexOf(".") > 0) {
        var parts = name.split(".");
        target = body[parts[0]] = body[parts[0]] || {};
        name = parts[1];
      }
      if (name.slice(-2) === "[]") {
        name = name.slice(0, -2);
        (target[name] = target[name] || []).push(value);
      } else {
        target[name] = value;
      }
    });
    if (form.dataset.withAt === "true") {
      body.at = new Date().toISOString();
    }
    return body;
  }

  function count() {
    return withStore("readonly", function (store) { return store.count(); }).then(function (n) {
      counter.textContent = n > 0 ? root.dataset.unsent.replace("{0}", n) : root.dataset.sent;
      return n;
    });
  }

  function showError(text) {
    errorBox.textContent = text;
    errorBox.hidden = !text;
  }

  function flush() {
    if (sending) {
      return Promise.resolve();
    }
    sending = true;
    var sentAny = false;
    function next() {
      return withStore("readonly", function (store) { return store.getAll(); }).then(function (writes) {
        if (writes.length === 0) {
          return null;
        }
        var write = writes[0];
        var headers = { "Content-Type": "application/json", "Idempotency-Key": write.key, "Accept": "application/json" };
        headers[root.dataset.csrfHeader] = root.dataset.csrf;
        return fetch(write.url, { method: write.method, headers: headers, body: JSON.stringify(write.body),
          credentials: "same-origin" }).then(function (response) {
          if (response.status >= 500 || response.status === 408 || response.status === 429) {
            return null;
          }
          return response.json().catch(function () { return {}; }).then(function (answer) {
            if (answer.retry) {
              return null;
            }
            if (!response.ok) {
              showError(answer.errors && answer.errors.length ? answer.errors[0].message : (answer.detail || answer.title || ""));
            }
            sentAny = true;
            return withStore("readwrite", function (store) { store.delete(write.seq); }).then(next);
          });
        });
      });
    }
    return next().catch(function () { /* offline: the writes wait in the outbox */ })
      .then(count)
      .then(function (left) {
        sending = false;
        if (sentAny && left === 0 && errorBox.hidden) {
          window.location.reload();
        }
      });
  }

  Array.prototype.forEach.call(root.querySelectorAll("form[data-night-action]"), function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      showError("");
      var write = { key: uuid(), url: form.dataset.url, method: form.dataset.method || "POST", body: payload(form) };
      withStore("readwrite", function (store) { store.add(write); }).then(count).then(flush);
    });
  });

  // Logging out empties the outbox, so a shared phone keeps nothing of the night.
  Array.prototype.forEach.call(document.querySelectorAll("form[action$='/logout']"), function (form) {
    form.addEventListener("submit", function () { indexedDB.deleteDatabase(DB); });
  });

  var mapButton = document.getElementById("show-map");
  var mapElement = document.getElementById("route-map");
  if (mapButton && mapElement) {
    mapButton.addEventListener("click", function () {
      // Leaflet is loaded only when asked for, so the night page stays light on a slow connection.
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = "/webjars/leaflet/dist/leaflet.css";
      document.head.appendChild(css);
      var script = document.createElement("script");
      script.src = "/webjars/leaflet/dist/leaflet.js";
      script.onload = function () {
        mapElement.hidden = false;
        mapButton.hidden = true;
        var points = JSON.parse(mapElement.dataset.points || "[]");
        var map = L.map(mapElement, { scrollWheelZoom: false }).setView([59.281, 18.006], 14);
        L.tileLayer(mapElement.dataset.tiles, { attribution: mapElement.dataset.attribution, maxZoom: 19 }).addTo(map);
        var markers = points.map(function (p) {
          var label = document.createElement("span");
          label.textContent = p.name;
          return L.marker([Number(p.lat), Number(p.lon)], { alt: p.name }).bindTooltip(label).addTo(map);
        });
        if (markers.length) {
          map.fitBounds(L.featureGroup(markers).getBounds(), { padding: [20, 20], maxZoom: 16 });
        }
      };
      document.head.appendChild(script);
    });
  }

  window.addEventListener("online", flush);
  window.setInterval(flush, 30000);
  count().then(flush);
})();
