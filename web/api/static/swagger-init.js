// Starts Swagger UI on the spec URL given by the page (no inline script: the CSP allows scripts from 'self' only).
window.addEventListener("load", function () {
  var holder = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: holder.dataset.specUrl, dom_id: "#swagger-ui", deepLinking: true });
});
