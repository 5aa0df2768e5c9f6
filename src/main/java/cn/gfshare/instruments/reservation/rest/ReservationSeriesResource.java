package cn.gfshare.instruments.reservation.rest;

import cn.gfshare.instruments.reservation.Bookings;
import cn.gfshare.instruments.reservation.ReservationSeriesService;
import cn.gfshare.instruments.reservation.ReservationSeriesService.SeriesRequest;
import cn.gfshare.instruments.reservation.ReservationSeriesService.SeriesView;
import cn.gfshare.instruments.reservation.ReservationService;
import cn.gfshare.instruments.security.CallerResolver;
import cn.gfshare.instruments.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reservation-series")
@Tag(name = "Reservations")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ReservationSeriesResource {

  @Inject ReservationService reservations;
  @Inject ReservationSeriesService series;
  @Inject CallerResolver callers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.RESEARCHER, Roles.LAB_MANAGER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "createReservationSeries",
      summary = "Book a weekly recurring series",
      description =
          "Creates the occurrences that fit and reports each one that does not, with its reason (the rule or"
              + " slot-taken). With allOrNothing=true any failing occurrence books none (422 series-not-bookable listing"
              + " them). At most 100 occurrences within a year. Idempotency-Key works as for single bookings.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "weekly",
                      value =
                          """
      {"instrumentId": 42, "start": "2026-03-02T09:00:00+08:00", "end": "2026-03-02T11:00:00+08:00",
       "daysOfWeek": ["MONDAY", "THURSDAY"], "until": "2026-03-31", "purpose": "weekly XRD", "allOrNothing": false}""")))
  @APIResponse(
      responseCode = "201",
      description = "Some or all occurrences booked; Location names the series",
      content = @Content(schema = @Schema(implementation = Bookings.SeriesResult.class)))
  public Response create(
      @Parameter(
              description = "Makes retries safe: the same key and body give the original response",
              schema = @Schema(type = SchemaType.STRING, maxLength = 200))
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @Valid @NotNull SeriesRequest body) {
    return ReservationResource.created(
        reservations.bookSeries(callers.caller(), body, idempotencyKey),
        Bookings.SeriesResult::seriesId);
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getReservationSeries",
      summary =
          "A series and its reservations (the booker, the lab's managers, platform admins; else 404)")
  public SeriesView get(@PathParam("id") long id) {
    return series.get(callers.caller(), id);
  }
}
