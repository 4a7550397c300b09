/* Live total of a scoring sheet: the sum of the parts, each checked against its limits (decimal comma accepted). */
(function () {
  "use strict";
  function value(input) {
    var raw = (input.value || "").trim().replace(/\s/g, "").replace(",", ".");
    if (raw === "") { return null; }
    var n = Number(raw);
    return isFinite(n) ? n : NaN;
  }
  function refresh(group) {
    var total = 0, complete = true, valid = true;
    group.querySelectorAll("input.sum-part").forEach(function (input) {
      var n = value(input);
      var max = Number(input.getAttribute("data-max"));
      var min = Number(input.getAttribute("data-min") || "0");
      var bad = n !== null && (isNaN(n) || n < min || n > max);
      input.classList.toggle("is-invalid", bad);
      input.setAttribute("aria-invalid", bad ? "true" : "false");
      if (n === null) { complete = false; } else if (isNaN(n)) { valid = false; } else { total += n; }
      if (bad) { valid = false; }
    });
    var out = group.querySelector("output");
    if (!out) { return; }
    var lang = document.documentElement.lang || "vi";
    var text = (Math.round(total * 100) / 100).toFixed(2);
    out.textContent = lang === "vi" ? text.replace(".", ",") : text;
    out.classList.toggle("text-danger", !valid);
    out.setAttribute("data-complete", complete ? "true" : "false");
  }
  document.querySelectorAll("[data-sum-group]").forEach(function (group) {
    group.addEventListener("input", function () { refresh(group); });
    refresh(group);
  });
})();
