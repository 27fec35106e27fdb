// Admin article form: live character counters for fields marked data-counter="max".
(function () {
  "use strict";
  function attach(field) {
    var max = parseInt(field.getAttribute("data-counter"), 10);
    var unit = field.getAttribute("data-counter-unit") || "";
    var counter = document.createElement("span");
    counter.className = "char-counter";
    counter.setAttribute("aria-live", "polite");
    field.insertAdjacentElement("afterend", counter);
    function update() {
      var length = field.value.length;
      counter.textContent = length + " / " + max + " " + unit;
      counter.classList.toggle("is-over", length > max);
    }
    field.addEventListener("input", update);
    update();
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-counter]").forEach(attach);
  });
})();
