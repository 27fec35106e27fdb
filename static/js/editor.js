// CKEditor 4 uploads: send Django's CSRF token with every upload request (the portal's
// upload view keeps CSRF protection on, unlike django-ckeditor's own).
(function () {
  "use strict";
  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) return decodeURIComponent(match[1]);
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }
  function install() {
    if (!window.CKEDITOR || window.CKEDITOR.portalCsrfInstalled) return;
    window.CKEDITOR.portalCsrfInstalled = true;
    window.CKEDITOR.config.fileTools_requestHeaders = { "X-CSRFToken": csrfToken() };
    window.CKEDITOR.on("instanceCreated", function (event) {
      event.editor.config.fileTools_requestHeaders = { "X-CSRFToken": csrfToken() };
    });
  }
  install();
  document.addEventListener("DOMContentLoaded", install);
})();
