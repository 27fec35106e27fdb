// Article page: font size (remembered), rating, share to Zalo / copy link, print button.
(function () {
  "use strict";
  var root = document.documentElement;

  // Font size: A− / A+ change a CSS variable; the choice is kept in localStorage.
  var STEPS = [0.9, 1, 1.15, 1.3, 1.5];
  function stored() {
    try { return parseInt(localStorage.getItem("portal.fontStep") || "1", 10); } catch (e) { return 1; }
  }
  function apply(step) {
    step = Math.max(0, Math.min(STEPS.length - 1, step));
    root.style.setProperty("--font-scale", String(STEPS[step]));
    try { localStorage.setItem("portal.fontStep", String(step)); } catch (e) { /* private mode */ }
    return step;
  }
  var current = apply(stored());
  document.querySelectorAll("[data-font-step]").forEach(function (button) {
    button.addEventListener("click", function () {
      current = apply(current + parseInt(button.getAttribute("data-font-step"), 10));
    });
  });

  // Print.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });

  // Share: the phone's share sheet (Zalo, Messenger...) or copy the link.
  var status = document.querySelector(".share-status");
  function say(text) { if (status) status.textContent = text; }
  function copy(url, message) {
    if (navigator.clipboard) {
      navigator.clipboard.writeText(url).then(function () { say(message); });
    } else {
      window.prompt("", url);
    }
  }
  document.querySelectorAll(".share-zalo").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var url = button.getAttribute("data-share-url");
      if (navigator.share) {
        navigator.share({ title: button.getAttribute("data-share-title"), url: url }).catch(function () {});
      } else {
        copy(url, button.getAttribute("data-copied"));
      }
    });
  });
  document.querySelectorAll(".share-copy").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      copy(button.getAttribute("data-copy"), button.getAttribute("data-copied"));
    });
  });

  // Rating. The page is cached for everyone, so it carries no token: the browser remembers its
  // own votes (localStorage), and only a click asks the server for the state and a CSRF
  // cookie (GET), then sends the stars (POST). Reading an article costs no request.
  var rating = document.querySelector(".rating[data-rating-url]");
  if (!rating || !window.fetch) return;
  var url = rating.getAttribute("data-rating-url");
  var summary = rating.querySelector(".rating-summary");
  var stars = rating.querySelector(".rating-stars");
  var votedKey = "portal.rated." + url;
  function remembered() {
    try { return localStorage.getItem(votedKey) === "1"; } catch (e) { return false; }
  }
  function remember() {
    try { localStorage.setItem(votedKey, "1"); } catch (e) { /* private mode */ }
  }
  function csrf() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }
  function show(data) {
    var text = data.count ?
      rating.getAttribute("data-summary")
        .replace("{average}", Number(data.average).toLocaleString("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 }))
        .replace("{count}", data.count) : "";
    summary.textContent = (data.message ? data.message + " " : "") + text;
    stars.hidden = data.voted;
    if (data.voted) remember();
  }
  function vote(value) {
    var ready = csrf() ? Promise.resolve() :
      fetch(url, { credentials: "same-origin" }).then(function (r) { return r.json(); });
    return ready.then(function () {
      return fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrf() },
        body: new URLSearchParams({ stars: value })
      });
    }).then(function (r) { return r.json(); }).then(show);
  }
  stars.hidden = remembered();
  stars.querySelectorAll("[data-stars]").forEach(function (button) {
    button.addEventListener("click", function () { vote(button.getAttribute("data-stars")); });
  });
})();
