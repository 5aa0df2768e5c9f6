package cn.gfshare.instruments.reservation.rest;

import cn.gfshare.instruments.reservation.MyCalendarService;
import cn.gfshare.instruments.security.CallerResolver;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's reservations as iCalendar (bearer token). */
@Path("/api/v1/me/calendar.ics")
@Tag(name = "Reservations")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
public class MyCalendarResource {

  @Inject MyCalendarService service;
  @Inject CallerResolver callers;

  @GET
  @Produces("text/calendar")
  @Operation(
      operationId = "getMyCalendar",
      summary = "My reservations (from 30 days ago) as iCalendar (RFC 5545)")
  public String mine() {
    return service.calendarOf(callers.caller().username());
  }
}
