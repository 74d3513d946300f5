package org.clearinghouse.platform.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every render kit a response writer wrapped in {@link PaintFirstScriptsWriter}, the innermost of the
 * page's writers (PrimeFaces wraps it in its CSP and move-scripts-to-bottom writers). Declared in faces-config.xml.
 */
public class DeferredScriptsRenderKits extends RenderKitFactory {

    private final Map<String, RenderKit> wrappedKits = new ConcurrentHashMap<>();

    public DeferredScriptsRenderKits(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        wrappedKits.remove(renderKitId);
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : wrappedKits.computeIfAbsent(renderKitId, id -> new WithDeferredHandlers(kit));
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    /** A render kit whose response writers wait for deferred scripts before registering event handlers. */
    static final class WithDeferredHandlers extends RenderKitWrapper {

        WithDeferredHandlers(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String encoding) {
            ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, encoding);
            FacesContext context = FacesContext.getCurrentInstance();
            boolean fullPage =
                    context == null || !context.getPartialViewContext().isAjaxRequest();
            return new PaintFirstScriptsWriter(created, fullPage);
        }
    }
}
