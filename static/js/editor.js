// CKEditor 4 in the admin: send Django's CSRF token with every upload request (the portal's
// upload view keeps CSRF protection on, unlike django-ckeditor's own), and take out of what
// is pasted the images of other sites, saying so: the body keeps only images uploaded to the
// portal (portal/richtext.py refuses the rest on save). Pictures pasted as data (from Word,
// a screenshot) are left to the uploadimage plugin, which uploads them.
(function () {
  "use strict";
  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) return decodeURIComponent(match[1]);
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function foreign(src, mediaUrl, uploads) {
    if (!src) return true;
    if (/^(data|blob):/i.test(src)) return !uploads;
    return !mediaUrl || src.indexOf(mediaUrl) !== 0 || src.indexOf("//") === 0;
  }

  function dropForeignImages(event) {
    var editor = event.editor;
    var data = event.data;
    if (!data || typeof data.dataValue !== "string" || data.dataValue.indexOf("<img") < 0) return;
    var mediaUrl = editor.config.portalMediaUrl || "";
    var uploads = !!editor.config.uploadUrl;
    var holder = document.createElement("template");
    holder.innerHTML = data.dataValue;
    var removed = 0;
    Array.prototype.forEach.call(holder.content.querySelectorAll("img"), function (image) {
      if (!foreign(image.getAttribute("src"), mediaUrl, uploads)) return;
      var figure = image.closest("figure");
      (figure || image).remove();
      removed++;
    });
    if (!removed) return;
    data.dataValue = holder.innerHTML;
    var message = (editor.config.portalForeignImages || "").replace("%(count)s", String(removed));
    if (message && editor.showNotification) editor.showNotification(message, "warning", 0);
  }

  function prepare(editor) {
    editor.config.fileTools_requestHeaders = { "X-CSRFToken": csrfToken() };
    // After the paste filter and Word's clean-up (priorities up to 10), before insertion.
    editor.on("paste", dropForeignImages, null, null, 999);
  }

  function install() {
    if (!window.CKEDITOR || window.CKEDITOR.portalCsrfInstalled) return;
    window.CKEDITOR.portalCsrfInstalled = true;
    window.CKEDITOR.config.fileTools_requestHeaders = { "X-CSRFToken": csrfToken() };
    window.CKEDITOR.on("instanceCreated", function (event) {
      prepare(event.editor);
    });
  }
  install();
  document.addEventListener("DOMContentLoaded", install);
})();
