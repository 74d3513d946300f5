/** The REST resource of assistance requests ({@code /api/v1/requests}): thin, over {@code RequestService}. */
package org.clearinghouse.requests.web;
