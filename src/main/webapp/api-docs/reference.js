// The interactive API reference: Swagger UI over the document the server serves at /openapi. "Try it out" calls the
// API as the person signed in on the portal (session cookie), or with the credentials given under "Authorize".
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi?format=JSON',
    dom_id: '#swagger-ui',
    layout: 'BaseLayout',
    deepLinking: true,
    docExpansion: 'none',
    // no badge from the public online validator: the page loads nothing from other sites
    validatorUrl: null
  });
});
