package org.clearinghouse.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.clearinghouse.shared.errors.PayloadTooLargeException;

/**
 * Bounds every request body before it is parsed: a declared {@code Content-Length} over the limit is refused at
 * once (413), and any other body is counted while it is read and refused as soon as it passes the limit. The
 * limit is {@link BodyLimits#upload()} for {@link Upload} methods, {@link BodyLimits#ordinary()} otherwise. Runs
 * after {@link UploadCallerFilter}, so an anonymous upload is refused with 401 before its size matters.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class BodyLimitFilter implements ContainerRequestFilter {

    private static final BodyLimits LIMITS = BodyLimits.fromEnvironment();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity() && request.getLength() <= 0) {
            return;
        }
        long limit = isUpload() ? LIMITS.upload() : LIMITS.ordinary();
        if (request.getLength() > limit) {
            throw new PayloadTooLargeException(limit);
        }
        request.setEntityStream(new CountingInputStream(request.getEntityStream(), limit));
    }

    private boolean isUpload() {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method != null && method.isAnnotationPresent(Upload.class);
    }
}
