package cn.gfshare.instruments.availability.rest;

import cn.gfshare.instruments.availability.AvailabilityService;
import cn.gfshare.instruments.availability.AvailabilityService.FreeView;
import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.security.CallerResolver;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/instruments/{id}/availability")
@Tag(name = "Availability")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentAvailabilityResource {

  @Inject AvailabilityService service;
  @Inject CallerResolver callers;

  @GET
  @Operation(
      operationId = "getInstrumentAvailability",
      summary = "Free intervals of an instrument for the caller",
      description =
          "After opening hours, exceptions, blackouts, existing bookings with their buffers, the slot grid,"
              + " the caller's lead time and the booking horizon. Times carry the lab zone's offset. from defaults to now,"
              + " to to the end of the horizon; a window beyond the horizon or longer than gf.booking.max-window-days"
              + " (92) is a 422.")
  @APIResponse(
      responseCode = "200",
      description = "Free intervals in the lab's time zone",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FreeView.class),
              examples =
                  @ExampleObject(
                      name = "free",
                      value =
                          """
      {"instrumentId": 42, "timeZone": "Asia/Shanghai", "from": "2026-03-02T00:00:00+08:00", "to": "2026-03-04T00:00:00+08:00",
       "slotMinutes": 30, "minDurationMinutes": 30, "maxDurationMinutes": 480,
       "free": [{"start": "2026-03-02T09:00:00+08:00", "end": "2026-03-02T12:00:00+08:00"},
                {"start": "2026-03-03T09:00:00+08:00", "end": "2026-03-03T18:00:00+08:00"}]}""")))
  public FreeView availability(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return service.free(
        callers.caller(), id, IsoTimes.instant("from", from), IsoTimes.instant("to", to));
  }
}
