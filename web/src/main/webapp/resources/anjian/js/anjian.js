/*
 * The few behaviours of the portal's hand-written markup. They live here, not in onclick
 * attributes: the Content-Security-Policy runs no inline script (PrimeFaces rewrites the handlers
 * of its own components, not those of plain HTML).
 */
(function () {
  "use strict";

  /** A new captcha picture (and with it a new challenge in the session). */
  function refreshCaptcha() {
    document.querySelectorAll("img.captcha-image").forEach(function (img) {
      img.src = img.src.split("?")[0] + "?" + Date.now();
    });
  }

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest(".captcha-image, .captcha-refresh")) {
      event.preventDefault();
      refreshCaptcha();
    }
  });
})();
