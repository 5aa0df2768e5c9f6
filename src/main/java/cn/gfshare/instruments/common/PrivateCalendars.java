package cn.gfshare.instruments.common;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Calendar feeds name people, rooms and times, and the secret-URL ones carry their credential in
 * the URL: no shared cache may keep them, and no browser should write them to disk.
 */
public class PrivateCalendars {

  static final MediaType CALENDAR = MediaType.valueOf("text/calendar");

  @ServerResponseFilter
  public void noStore(ContainerResponseContext response) {
    MediaType type = response.getMediaType();
    if (type != null && type.isCompatible(CALENDAR)) {
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
  }
}
