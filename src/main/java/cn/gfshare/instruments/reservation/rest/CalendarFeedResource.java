package cn.gfshare.instruments.reservation.rest;

import cn.gfshare.instruments.reservation.MyCalendarService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Secret feed URLs: no bearer token, the unguessable path is the credential (revocable). */
@Path("/api/v1/calendar-feeds")
@Tag(name = "Reservations")
@PermitAll
public class CalendarFeedResource {

  @Inject MyCalendarService service;

  @GET
  @Path("{token}.ics")
  @Produces("text/calendar")
  @Operation(
      operationId = "getCalendarFeed",
      summary = "A user's reservations by secret feed URL (no bearer token; 404 once revoked)")
  public String feed(@PathParam("token") String token) {
    return service.calendarOfFeed(token);
  }
}
