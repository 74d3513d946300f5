package org.clearinghouse.platform.web.faces;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Gives the application's own resources (those of no library, e.g. {@code css/clearinghouse.css}) an address that
 * names their content: {@code ?v=} and a checksum of the file, as PrimeFaces' resources carry their version. A
 * changed file gets a new address, so browsers may keep a resource for a year ({@code SecurityHeadersFilter} gives
 * every versioned resource that lifetime). Registered in faces-config.xml.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null || resource.getLibraryName() != null) {
            return resource;
        }
        String version = versions.computeIfAbsent(resource.getResourceName(), name -> checksum(resource));
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }

    /** The CRC-32 of the resource's bytes, in hexadecimal. */
    static String checksum(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return checksum(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[8192];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            crc.update(buffer, 0, read);
        }
        return Long.toHexString(crc.getValue());
    }
}
