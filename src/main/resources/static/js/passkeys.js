// Passkeys: adding one on the profile page, and signing in with one on the login page. The browser's own JSON
// helpers (PublicKeyCredential.parse…FromJSON and credential.toJSON) do the base64url work; the server is Spring
// Security's WebAuthn endpoints. Texts and the CSRF token come from the page's data attributes.
(function () {
  "use strict";

  function post(section, url, body) {
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    headers[section.dataset.csrfHeader] = section.dataset.csrf;
    return fetch(url, { method: "POST", credentials: "same-origin", headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body) }).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    });
  }

  function say(section, text, failed) {
    var status = section.querySelector("[data-passkey-status]");
    status.textContent = text;
    status.className = failed ? "alert error" : "alert success";
    status.hidden = false;
  }

  function supported() {
    return window.PublicKeyCredential && typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function";
  }

  function register(section) {
    var label = section.querySelector("#passkey-label").value.trim();
    if (!label) { say(section, section.dataset.labelMissing, true); return; }
    post(section, "/webauthn/register/options").then(function (options) {
      return navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) });
    }).then(function (credential) {
      var json = credential.toJSON();
      return post(section, "/webauthn/register", { publicKey: { label: label, credential: {
        id: json.id, rawId: json.rawId, type: json.type,
        response: { attestationObject: json.response.attestationObject,
          clientDataJSON: json.response.clientDataJSON, transports: json.response.transports || [] },
        clientExtensionResults: json.clientExtensionResults || {},
        authenticatorAttachment: json.authenticatorAttachment } } });
    }).then(function (answer) {
      if (!answer.success) { throw new Error("refused"); }
      window.location.assign("/profile?passkeyAdded#passkeys");
    }).catch(function () { say(section, section.dataset.failed, true); });
  }

  function signIn(section) {
    post(section, "/webauthn/authenticate/options").then(function (options) {
      return navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
    }).then(function (credential) {
      var json = credential.toJSON();
      return post(section, "/login/webauthn", { id: json.id, rawId: json.rawId, type: json.type,
        response: { authenticatorData: json.response.authenticatorData, clientDataJSON: json.response.clientDataJSON,
          signature: json.response.signature, userHandle: json.response.userHandle },
        clientExtensionResults: json.clientExtensionResults || {},
        authenticatorAttachment: json.authenticatorAttachment });
    }).then(function (answer) {
      if (!answer.authenticated) { throw new Error("refused"); }
      window.location.assign(answer.redirectUrl || "/");
    }).catch(function () { say(section, section.dataset.failed, true); });
  }

  document.querySelectorAll("[data-passkeys]").forEach(function (section) {
    if (!supported()) { section.hidden = true; return; }
    section.hidden = false;
    var button = section.querySelector("[data-passkey-action]");
    button.addEventListener("click", function () {
      if (section.dataset.passkeys === "register") { register(section); } else { signIn(section); }
    });
  });
})();
