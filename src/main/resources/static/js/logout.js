// Logging out leaves nothing of the walk night on a shared phone: the outbox, the night pass and the cached night
// pages are deleted before the logout is sent. Over HTTPS the server's Clear-Site-Data header does the same.
(function () {
  "use strict";
  function clear() {
    var outbox = new Promise(function (resolve) {
      if (!window.indexedDB) {
        resolve();
        return;
      }
      var request = indexedDB.deleteDatabase("nattvandring-outbox");
      request.onsuccess = request.onerror = request.onblocked = function () { resolve(); };
    });
    var pages = window.caches ? caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (k) { return k.indexOf("nv-night") === 0; })
        .map(function (k) { return caches.delete(k); }));
    }) : Promise.resolve();
    return Promise.all([outbox, pages]);
  }
  Array.prototype.forEach.call(document.querySelectorAll("form[action$='/logout']"), function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clear().catch(function () { /* log out anyway */ }).then(function () { form.submit(); });
    });
  });
})();
