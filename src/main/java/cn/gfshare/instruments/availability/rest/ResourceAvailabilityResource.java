package cn.gfshare.instruments.availability.rest;

import cn.gfshare.instruments.availability.AvailabilitySettingsService;
import cn.gfshare.instruments.availability.AvailabilitySettingsService.BlackoutRequest;
import cn.gfshare.instruments.availability.AvailabilitySettingsService.BlackoutView;
import cn.gfshare.instruments.availability.AvailabilitySettingsService.ExceptionRequest;
import cn.gfshare.instruments.availability.AvailabilitySettingsService.ExceptionView;
import cn.gfshare.instruments.availability.AvailabilitySettingsService.RulesView;
import cn.gfshare.instruments.availability.AvailabilitySettingsService.WeeklyHoursRequest;
import cn.gfshare.instruments.availability.AvailabilitySettingsService.WeeklyHoursView;
import cn.gfshare.instruments.availability.RuleSet;
import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.security.CallerResolver;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Opening hours, exceptions, blackouts and booking rules of a bookable resource. Anyone signed in
 * may read them; managers of the resource's lab and platform admins change them (others get 403).
 */
@Path("/api/v1/resources/{id}")
@Tag(
    name = "Availability",
    description =
        "When instruments and experts can be booked. `/instruments/{id}/...` are instrument reads; `/resources/{id}/...` hold the hours, exceptions, blackouts and rules that instruments and experts share (the id is either's)")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ResourceAvailabilityResource {

  @Inject AvailabilitySettingsService service;
  @Inject CallerResolver callers;

  @GET
  @Path("opening-hours")
  @Operation(
      operationId = "getOpeningHours",
      summary =
          "Weekly opening hours in the lab's time zone (the default hours until the lab publishes its own)")
  public WeeklyHoursView openingHours(@PathParam("id") long id) {
    return service.openingHours(id);
  }

  @PUT
  @Path("opening-hours")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "replaceOpeningHours",
      summary = "Replace the weekly opening hours; days not listed are closed")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "split shift",
                      value =
                          """
      {"days": [{"day": "MONDAY", "hours": [{"from": "09:00", "to": "12:00"}, {"from": "13:30", "to": "18:00"}]},
                {"day": "SATURDAY", "hours": [{"from": "09:00", "to": "24:00"}]}]}""")))
  public WeeklyHoursView setOpeningHours(
      @PathParam("id") long id, @Valid @NotNull WeeklyHoursRequest body) {
    return service.setOpeningHours(callers.caller(), id, body);
  }

  @GET
  @Path("exceptions")
  @Operation(
      operationId = "listHoursExceptions",
      summary = "Dated exceptions to the weekly hours (closed days, other hours)")
  public List<ExceptionView> exceptions(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return service.exceptions(id, IsoTimes.date("from", from), IsoTimes.date("to", to));
  }

  @PUT
  @Path("exceptions/{date}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setHoursException",
      summary = "Set the hours of one date, replacing its weekly hours; no hours = closed that day")
  @RequestBody(
      content =
          @Content(
              examples = {
                @ExampleObject(
                    name = "closed",
                    value = "{\"hours\": [], \"reason\": \"National Day\"}"),
                @ExampleObject(
                    name = "extra hours",
                    value =
                        "{\"hours\": [{\"from\": \"09:00\", \"to\": \"21:00\"}], \"reason\": \"evening session\"}")
              }))
  public ExceptionView setException(
      @PathParam("id") long id,
      @PathParam("date") String date,
      @Valid @NotNull ExceptionRequest body) {
    return service.setException(callers.caller(), id, IsoTimes.date("date", date), body);
  }

  @DELETE
  @Path("exceptions/{date}")
  @Operation(
      operationId = "deleteHoursException",
      summary = "Remove a dated exception; the weekly hours apply again")
  public void deleteException(@PathParam("id") long id, @PathParam("date") String date) {
    service.deleteException(callers.caller(), id, IsoTimes.date("date", date));
  }

  @GET
  @Path("blackouts")
  @Operation(
      operationId = "listBlackouts",
      summary = "Blackouts and maintenance windows reaching into [from, to)")
  public List<BlackoutView> blackouts(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return service.blackouts(id, IsoTimes.instant("from", from), IsoTimes.instant("to", to));
  }

  @POST
  @Path("blackouts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createBlackout",
      summary =
          "Add a blackout; the answer lists active reservations it overlaps, which stay as they are")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "maintenance",
                      value =
                          """
      {"start": "2026-03-10T09:00:00+08:00", "end": "2026-03-10T13:00:00+08:00", "reason": "annual calibration"}""")))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the blackout",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BlackoutView.class)))
  public Response addBlackout(@PathParam("id") long id, @Valid @NotNull BlackoutRequest body) {
    BlackoutView v = service.addBlackout(callers.caller(), id, body);
    return Response.created(URI.create("/api/v1/resources/" + id + "/blackouts/" + v.id()))
        .entity(v)
        .build();
  }

  @DELETE
  @Path("blackouts/{blackoutId}")
  @Operation(operationId = "deleteBlackout", summary = "Remove a blackout")
  public void deleteBlackout(@PathParam("id") long id, @PathParam("blackoutId") long blackoutId) {
    service.deleteBlackout(callers.caller(), id, blackoutId);
  }

  @GET
  @Path("rules")
  @Operation(
      operationId = "getBookingRules",
      summary = "Booking rules: what the lab set (null = default) and what is in effect")
  public RulesView rules(@PathParam("id") long id) {
    return service.rules(id);
  }

  @PUT
  @Path("rules")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "replaceBookingRules",
      summary = "Replace the booking rules; omitted or null values take the platform defaults")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "rules",
                      value =
                          """
      {"slotMinutes": 30, "minDurationMinutes": 60, "maxDurationMinutes": 480, "externalLeadMinutes": 120,
       "horizonDays": 28, "bufferMinutes": 15, "quotaHoursPerDay": 4, "quotaHoursPerWeek": 12,
       "approvalRequired": true, "cancellationDeadlineHours": 24}""")))
  public RulesView setRules(@PathParam("id") long id, @Valid @NotNull RuleSet body) {
    return service.setRules(callers.caller(), id, body);
  }
}
