// The night page: forms go to the outbox (outbox.js), which sends them with the night pass or the session. The page
// says how many writes wait, lists what the server refused, asks for a sign-in when one is needed without leaving
// the night, and registers the service worker that keeps the page for a reload without a network.
(function () {
  "use strict";
  var root = document.querySelector("[data-night]");
  if (!root || !window.indexedDB || !window.NightOutbox) {
    return;
  }
  var outbox = window.NightOutbox;
  var walk = Number(root.dataset.walk);
  var user = Number(root.dataset.user);
  var text = root.dataset;
  var counter = document.getElementById("outbox-count");
  var errorBox = document.getElementById("night-error");
  var offlineNote = document.getElementById("night-offline");
  var signIn = document.getElementById("night-signin");
  var signInWhy = document.getElementById("night-signin-why");
  var refusedList = document.getElementById("night-refused-list");
  var sending = false;
  var again = false;

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function payload(form) {
    var body = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.disabled || field.value === "" || (field.type === "checkbox" && !field.checked)) {
        return;
      }
      var value = field.dataset.type === "number" ? Number(field.value) : field.value;
      var parts = field.name.split(".");
      var target = parts.length > 1 ? (body[parts[0]] = body[parts[0]] || {}) : body;
      var name = parts[parts.length - 1];
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

  /** Puts a refused write's content back in its form, for the walker to correct. */
  function refill(form, body) {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.type === "hidden") {
        return;
      }
      var parts = field.name.replace("[]", "").split(".");
      var value = parts.length > 1 ? (body[parts[0]] || {})[parts[1]] : body[parts[0]];
      if (field.type === "checkbox") {
        field.checked = Array.isArray(value) && value.map(String).indexOf(field.value) >= 0;
      } else if (field.tagName !== "BUTTON") {
        field.value = value === undefined ? "" : value;
      }
    });
  }

  function context() {
    return { user: user, csrf: { header: text.csrfHeader, token: text.csrf } };
  }

  function showCount() {
    return outbox.waiting().then(function (n) {
      counter.textContent = n > 0 ? text.unsent.replace("{0}", n) : text.sent;
      return n;
    });
  }

  function formFor(url) {
    return root.querySelector("form[data-url='" + url + "']");
  }

  function showRefused() {
    return outbox.refused().then(function (items) {
      var mine = items.filter(function (item) { return item.write.walk === walk && item.write.user === user; });
      refusedList.textContent = "";
      document.getElementById("night-refused").hidden = mine.length === 0;
      mine.forEach(function (item) {
        var li = document.createElement("li");
        var form = formFor(item.write.url);
        var label = document.createElement("strong");
        label.textContent = (form && form.dataset.kind) || item.write.url;
        li.appendChild(label);
        li.appendChild(document.createTextNode(": " + item.reason + " "));
        var editable = form && form.querySelector("textarea, select, input:not([type=hidden])");
        li.appendChild(button(editable ? text.edit : text.retry, function () {
          if (editable) {
            refill(form, item.write.body);
            (form.querySelector("textarea, select, input:not([type=hidden])") || form).focus();
            return outbox.dismiss(item.seq).then(showRefused);
          }
          return outbox.dismiss(item.seq).then(function () {
            item.write.key = uuid();
            delete item.write.seq;
            return outbox.add(item.write);
          }).then(showRefused).then(flush);
        }));
        li.appendChild(button(text.dismiss, function () { return outbox.dismiss(item.seq).then(showRefused); }));
        refusedList.appendChild(li);
      });
    });
  }

  function button(label, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.addEventListener("click", action);
    return b;
  }

  /**
   * Whether the browser's session still holds, by asking for this page as a fetch (which the service worker leaves
   * to the network). A fresh page also brings a fresh CSRF token. Answers null without a network.
   */
  function sessionHolds() {
    return fetch(window.location.pathname, { credentials: "same-origin", redirect: "manual",
      headers: { "Accept": "text/html" } }).then(function (response) {
      if (response.status !== 200 || response.headers.get("X-Night-User") !== String(user)) {
        return false;
      }
      return response.text().then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-night]");
        if (fresh) {
          text.csrf = fresh.dataset.csrf;
        }
        return true;
      });
    }, function () { return null; });
  }

  function askToSignIn(why) {
    signInWhy.textContent = why;
    signIn.hidden = false;
  }

  function ensurePass() {
    if (!text.passUrl) {
      return Promise.resolve();
    }
    return outbox.passFor(walk, user).then(function (pass) {
      if (pass) {
        return null;
      }
      var headers = { "Accept": "application/json" };
      headers[text.csrfHeader] = text.csrf;
      return fetch(text.passUrl, { method: "POST", headers: headers, credentials: "same-origin", redirect: "manual" })
        .then(function (response) {
          return response.status === 201 ? response.json().then(function (issued) {
            return outbox.savePass({ walkId: walk, user: user, secret: issued.secret, expiresAt: issued.expiresAt });
          }) : null;
        }, function () { return null; });
    });
  }

  function flush(retried) {
    if (sending) {
      // A write made while the outbox is being sent goes out right after, not at the next round.
      again = true;
      return Promise.resolve();
    }
    sending = true;
    return outbox.flush(context()).then(function (result) {
      offlineNote.hidden = !result.offline;
      if (result.waiting > 0) {
        syncLater();
      }
      var done = Promise.resolve();
      if (result.signIn) {
        done = sessionHolds().then(function (holds) {
          if (holds && retried !== true) {
            // Only the CSRF token was stale: send again with the fresh one.
            sending = false;
            return ensurePass().then(function () { return flush(true); });
          }
          if (holds === false) {
            askToSignIn(text.signinWhy);
          }
          return null;
        });
      } else if (result.sent > 0 && result.waiting === 0 && result.refused === 0) {
        done = sessionHolds().then(function (holds) {
          if (holds) {
            window.location.reload();
          } else if (holds === false) {
            askToSignIn(text.signinPassWorking);
          }
        });
      }
      return done.then(showRefused).then(showCount);
    }).catch(function () { /* the writes wait in the outbox */ }).then(function () {
      sending = false;
      if (again) {
        again = false;
        return flush();
      }
      return null;
    });
  }

  /** Background Sync, where the browser has it, sends what waits even if the page is closed before the network returns. */
  function syncLater() {
    if (navigator.serviceWorker && navigator.serviceWorker.controller) {
      navigator.serviceWorker.ready.then(function (registration) {
        return registration.sync ? registration.sync.register("night-outbox") : null;
      }).catch(function () { /* no Background Sync (iOS Safari): the page sends when it is open */ });
    }
  }

  Array.prototype.forEach.call(root.querySelectorAll("form[data-night-action]"), function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      errorBox.hidden = true;
      var write = { key: uuid(), walk: walk, user: user, url: form.dataset.url, method: form.dataset.method || "POST",
        body: payload(form), madeAt: new Date().toISOString() };
      outbox.add(write).then(showCount).then(function () { return flush(); });
    });
  });

  document.getElementById("night-signin-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var failed = document.getElementById("night-signin-error");
    failed.hidden = true;
    var form = event.target;
    // A fresh login form brings the CSRF token of a fresh session; the stale page's token would be refused.
    fetch("/login", { credentials: "same-origin" }).then(function (r) { return r.text(); }).then(function (html) {
      var token = new DOMParser().parseFromString(html, "text/html").querySelector("input[name=_csrf]");
      var data = new URLSearchParams();
      data.set("username", form.elements.username.value);
      data.set("password", form.elements.password.value);
      data.set("_csrf", token ? token.value : "");
      return fetch("/login", { method: "POST", body: data, credentials: "same-origin" });
    }).then(function (response) {
      if (response.url.indexOf("/login") >= 0) {
        throw new Error("sign-in refused");
      }
      return sessionHolds();
    }).then(function (holds) {
      if (!holds) {
        throw new Error("no session");
      }
      form.elements.password.value = "";
      signIn.hidden = true;
      return ensurePass().then(function () { return flush(true); }).then(showCount).then(function (left) {
        if (left === 0) {
          window.location.reload();
        }
      });
    }).catch(function () {
      failed.textContent = text.signinFailed;
      failed.hidden = false;
    });
  });

  if (navigator.serviceWorker) {
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.type === "outbox-sent") {
        showCount().then(showRefused);
      }
    });
    // The worker keeps this page and what it loads, so a reload without a network still shows the night.
    navigator.serviceWorker.register("/sw.js", { updateViaCache: "none" }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      var assets = performance.getEntriesByType("resource").map(function (e) { return e.name; });
      registration.active.postMessage({ type: "keep", page: window.location.href, assets: assets });
    }).catch(function () { /* without a worker the page still works online */ });
  }

  window.addEventListener("online", function () { flush(); });
  window.setInterval(flush, 30000);
  showCount().then(showRefused).then(function () {
    return navigator.onLine === false ? null : ensurePass();
  }).then(flush);
})();
