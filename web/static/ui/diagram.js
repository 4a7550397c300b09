/* Render the workflow diagram with the vendored mermaid (no inline script: CSP script-src 'self'). */
(function () {
  "use strict";
  if (!window.mermaid) { return; }
  window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "default" });
  window.mermaid.run({ querySelector: "pre.mermaid" }).then(function () {
    document.querySelectorAll(".diagram-wrap svg").forEach(function (svg) {
      svg.setAttribute("role", "img");
      var cap = svg.closest("figure").querySelector("figcaption");
      if (cap) { svg.setAttribute("aria-label", cap.textContent.trim()); }
    });
    document.body.setAttribute("data-diagram", "rendered");
  }).catch(function () {
    document.body.setAttribute("data-diagram", "failed");
  });
})();
