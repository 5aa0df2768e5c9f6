package cn.gfshare.instruments.availability.rest;

import cn.gfshare.instruments.availability.BusyCalendarService;
import cn.gfshare.instruments.common.IsoTimes;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public: calendar apps subscribe without a token, and the feed holds no personal data. */
@Path("/api/v1/instruments/{id}/calendar.ics")
@Tag(name = "Availability")
@PermitAll
public class InstrumentCalendarResource {

  @Inject BusyCalendarService service;

  @GET
  @Produces("text/calendar")
  @Operation(
      operationId = "getInstrumentBusyCalendar",
      summary = "An instrument's busy times as iCalendar (RFC 5545), without personal data",
      description =
          "Active bookings as \"Busy\" and blackouts as \"Unavailable\" events. from defaults to 7 days ago,"
              + " to to from + 92 days; at most 92 days.")
  public String calendar(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return service.busyCalendar(id, IsoTimes.instant("from", from), IsoTimes.instant("to", to));
  }
}
