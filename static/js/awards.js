// Awards: the print button of a decision's printable list. Loaded with defer; no inline scripts (CSP).
(function () {
  "use strict";
  document.querySelectorAll("[data-award-print]").forEach(function (button) {
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
