// CKEditor 4 in the admin: send Django's CSRF token with every upload request (the portal's
// upload view keeps CSRF protection on, unlike django-ckeditor's own), and clean what is
// pasted as the save will (portal/richtext.py): the paste filter's structure only, no empty
// paragraphs, and no images of other sites, saying so. Pictures pasted as data (from Word, a
// screenshot) are left to the uploadimage plugin, which uploads them.
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

  // CKEditor leaves Word's paste unfiltered by config.pasteFilter (it has its own clean-up,
  // which keeps Word's classes and alignments): the filter is applied here to every paste.
  function filterPasted(editor, html) {
    var rules = editor.config.pasteFilter;
    if (!rules || !window.CKEDITOR.filter) return html;
    editor.portalPasteFilter = editor.portalPasteFilter || new window.CKEDITOR.filter(rules + "; img[data-*]");
    var fragment = window.CKEDITOR.htmlParser.fragment.fromHtml(html);
    var writer = new window.CKEDITOR.htmlParser.basicWriter();
    editor.portalPasteFilter.applyTo(fragment);
    fragment.writeHtml(writer);
    return writer.getHtml();
  }

  // Images of html that the test refuses, each with its figure; a figure left without its
  // picture goes too (it would break the image widget). Returns [html, how many went].
  function dropImages(html, refused) {
    var holder = document.createElement("template");
    holder.innerHTML = html;
    var removed = 0;
    Array.prototype.forEach.call(holder.content.querySelectorAll("img"), function (image) {
      if (!refused(image.getAttribute("src"))) return;
      var figure = image.closest("figure");
      (figure || image).remove();
      removed++;
    });
    Array.prototype.forEach.call(holder.content.querySelectorAll("figure"), function (figure) {
      if (!figure.querySelector("img")) figure.remove();
    });
    return [holder.innerHTML, removed, holder];
  }

  // Before the paste filter (after Word's clean-up), whose image widget would fail
  // on another site's <figure><picture>): other sites' images go.
  function dropOtherSitesImages(event) {
    var data = event.data;
    if (!data || typeof data.dataValue !== "string" || data.dataValue.indexOf("<img") < 0) return;
    var mediaUrl = event.editor.config.portalMediaUrl || "";
    var result = dropImages(data.dataValue, function (src) {
      return /^(https?:)?\/\//i.test(src || "") && foreign(src, mediaUrl, true);
    });
    data.dataValue = result[0];
    data.portalRemoved = (data.portalRemoved || 0) + result[1];
  }

  // Last: the paste filter (also on Word's paste, which CKEditor leaves unfiltered), h1 made
  // h2, empty paragraphs out, and any image still not the portal's (a file on the writer's
  // disk that Word could not hand over); then say how many images went.
  function cleanPaste(event) {
    var editor = event.editor;
    var data = event.data;
    if (!data || typeof data.dataValue !== "string") return;
    // The page's title is its only h1: a pasted one becomes a section heading.
    var html = data.dataValue.replace(/<(\/?)h1\b/gi, "<$1h2");
    html = filterPasted(editor, html);
    var mediaUrl = editor.config.portalMediaUrl || "";
    var uploads = !!editor.config.uploadUrl;
    var result = dropImages(html, function (src) {
      return foreign(src, mediaUrl, uploads);
    });
    var holder = result[2];
    Array.prototype.forEach.call(holder.content.querySelectorAll("p"), function (paragraph) {
      if (!paragraph.querySelector("img") && !paragraph.textContent.replace(/[\s\u00a0]/g, "")) paragraph.remove();
    });
    data.dataValue = holder.innerHTML;
    var removed = (data.portalRemoved || 0) + result[1];
    data.portalRemoved = 0;
    var message = (editor.config.portalForeignImages || "").replace("%(count)s", String(removed));
    if (removed && message && editor.showNotification) editor.showNotification(message, "warning", 0);
  }

  function prepare(editor) {
    editor.config.fileTools_requestHeaders = { "X-CSRFToken": csrfToken() };
    // After Word's clean-up and the upload plugin's handling of pasted picture data, before insertion.
    editor.on("paste", dropOtherSitesImages, null, null, 5);
    editor.on("paste", cleanPaste, null, null, 999);
  }

  function install() {
    if (!window.CKEDITOR || window.CKEDITOR.portalCsrfInstalled) return;
    window.CKEDITOR.portalCsrfInstalled = true;
    window.CKEDITOR.config.fileTools_requestHeaders = { "X-CSRFToken": csrfToken() };
    window.CKEDITOR.on("instanceCreated", function (event) {
      prepare(event.editor);
    });
    // This script may run after django-ckeditor made the editors (both wait for the DOM).
    Object.keys(window.CKEDITOR.instances).forEach(function (name) {
      prepare(window.CKEDITOR.instances[name]);
    });
  }
  install();
  document.addEventListener("DOMContentLoaded", install);
})();
