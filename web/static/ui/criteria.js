/* Live part and total sums of an ocop-2026 criterion sheet (progressive enhancement: the server computes and checks
   the same on submit). Points are added in hundredths to avoid floating-point drift; a decimal comma is accepted. */
(function () {
  "use strict";
  var sheet = document.querySelector("[data-criteria-sheet]");
  if (!sheet) { return; }
  var vi = (document.documentElement.lang || "vi") === "vi";

  function cents(raw) {
    var text = String(raw || "").trim().replace(/\s/g, "").replace(",", ".");
    if (text === "") { return null; }
    var n = Number(text);
    return isFinite(n) ? Math.round(n * 100) : NaN;
  }
  function shown(c) {
    var text = String(c / 100);
    return vi ? text.replace(".", ",") : text;
  }
  function refresh() {
    var parts = {}, total = 0, scored = 0;
    sheet.querySelectorAll("[data-criterion]").forEach(function (item) {
      var part = item.getAttribute("data-part");
      var max = cents(item.getAttribute("data-max"));
      var value = null;
      var radio = item.querySelector("input[type=radio]:checked");
      var free = item.querySelector("input[data-free]");
      if (radio) {
        value = cents(radio.getAttribute("data-points"));
      } else if (free) {
        var n = cents(free.value);
        var bad = n !== null && (isNaN(n) || n < 0 || n > max);
        free.classList.toggle("is-invalid", bad);
        free.setAttribute("aria-invalid", bad ? "true" : "false");
        value = bad ? null : n;
      }
      item.classList.toggle("criterion-scored", value !== null);
      if (value !== null) {
        scored += 1;
        total += value;
        parts[part] = (parts[part] || 0) + value;
      }
    });
    sheet.querySelectorAll("[data-part-total]").forEach(function (out) {
      out.textContent = shown(parts[out.getAttribute("data-part-total")] || 0);
    });
    sheet.querySelectorAll("[data-sheet-total]").forEach(function (out) { out.textContent = shown(total); });
    sheet.querySelectorAll("[data-sheet-count]").forEach(function (out) { out.textContent = String(scored); });
    sheet.setAttribute("data-live-total", shown(total));
  }
  sheet.addEventListener("change", refresh);
  sheet.addEventListener("input", refresh);
  refresh();
})();
