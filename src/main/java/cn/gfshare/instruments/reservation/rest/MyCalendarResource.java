package cn.gfshare.instruments.reservation.rest;

import cn.gfshare.instruments.reservation.MyCalendarService;
import cn.gfshare.instruments.security.CallerResolver;
import cn.gfshare.instruments.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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
// a person's own calendar: machine clients (the partner role) have none and get 403
@RolesAllowed({Roles.RESEARCHER, Roles.LAB_MANAGER, Roles.FINANCE, Roles.PLATFORM_ADMIN})
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
