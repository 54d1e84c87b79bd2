package org.yanhu.opendata.api.paging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds the RFC 8288 Link header for the next page of any list response. */
public class NextLinkFilter {

    @ServerResponseFilter
    public void link(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof PageResponse<?> page && page.page().next() != null) {
            String next = UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .replaceQueryParam("cursor", page.page().next())
                    .build().getRawPath();
            String query = UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .replaceQueryParam("cursor", page.page().next()).build().getRawQuery();
            response.getHeaders().add("Link", "<" + next + "?" + query + ">; rel=\"next\"");
        }
    }
}
