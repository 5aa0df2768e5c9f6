package cn.gfshare.instruments.catalog.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Catalog reads answer anonymous and signed-in callers differently (people's contact details), so a
 * cache in front of a partner portal must key them by the Authorization header.
 */
public class VaryByAuthorization {

  @ServerResponseFilter
  public void vary(ContainerRequestContext request, ContainerResponseContext response) {
    if (HttpMethod.GET.equals(request.getMethod())
        && request.getUriInfo().getPath().startsWith("/api/v1/")
        && !response.getHeaders().containsKey(HttpHeaders.VARY)) {
      response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
    }
  }
}
