package org.clearinghouse.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.AuthenticationRequiredException;

/**
 * Checks the caller of an {@link Upload} before its body is read (a form's parts are parsed before the resource
 * method runs): anonymous is 401, a role that may not upload there 403. The service checks again (it is the
 * authority); this only keeps strangers from making the server read their files.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class UploadCallerFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Upload upload = method == null ? null : method.getAnnotation(Upload.class);
        if (upload == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            throw new AuthenticationRequiredException();
        }
        if (Arrays.stream(upload.readableBy()).noneMatch(security::isUserInRole)) {
            throw new AccessDeniedException("Your role may not upload files here.");
        }
    }
}
