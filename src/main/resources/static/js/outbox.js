// The walk night's outbox, shared by the night page and the service worker. Every write is first put in IndexedDB
// with its own Idempotency-Key and the moment it happened, then sent. A write leaves the outbox only on a final answer
// for its key: a 2xx (a replay counts) or a refusal of its content (400, 403 for a rule, 404, 409 without "retry",
// 413, 422), and a refusal is moved to a list the walker sees. Everything else (a network error, a 401, a 403 for the
// sign-in or the CSRF token, a redirect, an HTML answer, a 5xx) keeps it. A newer write waits behind an older one for
// the same walk, so no visit arrives before its check-in. See docs/offline-outbox.md.
(function (scope) {
  "use strict";
  var DB = "nattvandring-outbox";

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 2);
      request.onupgradeneeded = function () {
        var db = request.result;
        ["writes", "refused"].forEach(function (name) {
          if (!db.objectStoreNames.contains(name)) {
            db.createObjectStore(name, { keyPath: "seq", autoIncrement: true });
          }
        });
        if (!db.objectStoreNames.contains("passes")) {
          db.createObjectStore("passes", { keyPath: "walkId" });
        }
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(store, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(store, mode);
        var request = work(tx.objectStore(store));
        tx.oncomplete = function () { db.close(); resolve(request ? request.result : undefined); };
        tx.onerror = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function all(store) { return run(store, "readonly", function (s) { return s.getAll(); }); }
  function count(store) { return run(store, "readonly", function (s) { return s.count(); }); }
  function put(store, value) { return run(store, "readwrite", function (s) { return s.put(value); }); }
  function remove(store, key) { return run(store, "readwrite", function (s) { return s.delete(key); }); }

  function walkOf(url) {
    var match = /\/walks\/(\d+)\//.exec(url);
    return match ? Number(match[1]) : 0;
  }

  /** The pass for the walk, if it is the writer's and has not expired. */
  function passFor(walkId, user) {
    return run("passes", "readonly", function (s) { return s.get(walkId); }).then(function (pass) {
      return pass && pass.user === user && Date.parse(pass.expiresAt) > Date.now() ? pass : null;
    });
  }

  function reasonOf(answer) {
    if (answer.errors && answer.errors.length) {
      return answer.errors.map(function (e) { return e.message; }).join(" ");
    }
    return answer.detail || answer.title || "";
  }

  /** What an answer means for the write: done, refused (with the reason), signin, or wait. */
  function judge(response) {
    if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400)) {
      return Promise.resolve({ kind: "signin" });
    }
    var type = response.headers.get("Content-Type") || "";
    if (type.indexOf("json") < 0) {
      // A login page, a captive portal or a proxy's error page: not an answer from the app about this write.
      return Promise.resolve({ kind: response.status === 401 ? "signin" : "wait" });
    }
    return response.json().catch(function () { return {}; }).then(function (answer) {
      if (response.ok) {
        return { kind: "done" };
      }
      if (answer.retry || response.status === 408 || response.status === 429 || response.status >= 500) {
        return { kind: "wait" };
      }
      if (response.status === 401 || answer.signIn) {
        return { kind: "signin", csrf: answer.reason === "csrf", reason: reasonOf(answer) };
      }
      return { kind: "refused", status: response.status, reason: reasonOf(answer) };
    });
  }

  function send(write, context) {
    return passFor(write.walk, write.user).then(function (pass) {
      var headers = { "Content-Type": "application/json", "Accept": "application/json",
        "Idempotency-Key": write.key };
      if (pass) {
        headers.Authorization = "Bearer " + pass.secret;
      } else if (context.csrf && context.user === write.user) {
        headers[context.csrf.header] = context.csrf.token;
      } else {
        return { kind: "signin" };
      }
      return fetch(write.url, { method: write.method, headers: headers, body: JSON.stringify(write.body),
        credentials: "same-origin", redirect: "manual" }).then(judge, function () {
        return { kind: "offline" };
      }).then(function (outcome) {
        if (pass && outcome.kind === "signin" && !outcome.csrf) {
          // The pass has ended or was revoked: forget it, and try the session once before asking for a sign-in.
          return remove("passes", write.walk).then(function () { return send(write, context); });
        }
        return outcome;
      });
    });
  }

  /**
   * Sends what waits, oldest first; a write that cannot go yet holds back the later writes of its walk.
   * @param context {user, csrf: {header, token}} on the page; {} in the service worker, which sends with passes only
   */
  function flush(context) {
    // The page and the service worker may both send; a lock lets one at a time, so a write is never in flight twice.
    if (scope.navigator && navigator.locks) {
      return navigator.locks.request("nattvandring-outbox", function () { return sendAll(context); });
    }
    return sendAll(context);
  }

  function sendAll(context) {
    var result = { sent: 0, refused: 0, waiting: 0, signIn: false, csrf: false, offline: false };
    var held = {};
    return all("writes").then(function (writes) {
      return writes.reduce(function (chain, write) {
        return chain.then(function () {
          write.walk = write.walk || walkOf(write.url);
          if (held[write.walk]) {
            result.waiting++;
            return null;
          }
          return send(write, context).then(function (outcome) {
            if (outcome.kind === "done") {
              result.sent++;
              return remove("writes", write.seq);
            }
            if (outcome.kind === "refused") {
              result.refused++;
              var refused = { write: write, status: outcome.status, reason: outcome.reason, at: new Date().toISOString() };
              return put("refused", refused).then(function () { return remove("writes", write.seq); });
            }
            held[write.walk] = true;
            result.waiting++;
            result.signIn = result.signIn || outcome.kind === "signin";
            result.csrf = result.csrf || !!outcome.csrf;
            result.offline = result.offline || outcome.kind === "offline";
            return null;
          });
        });
      }, Promise.resolve());
    }).then(function () { return result; });
  }

  scope.NightOutbox = {
    add: function (write) {
      write.walk = write.walk || walkOf(write.url);
      return run("writes", "readwrite", function (s) { return s.add(write); });
    },
    waiting: function () { return count("writes"); },
    refused: function () { return all("refused"); },
    dismiss: function (seq) { return remove("refused", seq); },
    savePass: function (pass) { return put("passes", pass); },
    passFor: passFor,
    flush: flush,
    /** At logout: nothing of the night stays on a shared phone. */
    clear: function () {
      return new Promise(function (resolve) {
        var request = indexedDB.deleteDatabase(DB);
        request.onsuccess = request.onerror = request.onblocked = function () { resolve(); };
      });
    }
  };
})(self);
