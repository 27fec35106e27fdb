// Site-wide behaviour: the mobile menu. Loaded with defer; no inline scripts (CSP).
(function () {
  "use strict";
  document.documentElement.classList.remove("no-js");
  document.documentElement.classList.add("js");

  // The link to a signed-in person's area, from the cookie set at sign-in (pages are cached alike for all).
  var area = (document.cookie.match(/(?:^|; )khu_vuc=([a-z-]+)/) || [])[1];
  var areaLink = document.querySelector(".area-link");
  if (area && areaLink && areaLink.getAttribute("data-" + area)) {
    areaLink.href = areaLink.getAttribute("data-" + area);
    areaLink.textContent = areaLink.getAttribute("data-" + area + "-label");
    areaLink.hidden = false;
  }

  var toggle = document.querySelector(".nav-toggle");
  var nav = document.getElementById("site-nav");
  if (toggle && nav) {
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
      nav.classList.toggle("is-open", !open);
    });
  }
})();
