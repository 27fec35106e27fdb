// Trainings: the print button of a printable record, and "tick all" on the sign-in sheet.
// Loaded with defer; no inline scripts (CSP).
(function () {
  "use strict";
  document.querySelectorAll(".js-print").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
  document.querySelectorAll("[data-check-all]").forEach(function (box) {
    box.addEventListener("change", function () {
      var scope = document.getElementById(box.getAttribute("data-check-all"));
      if (!scope) { return; }
      scope.querySelectorAll("input[type=checkbox]").forEach(function (other) { other.checked = box.checked; });
    });
  });
})();
