package cn.gfshare.instruments.reservation.rest;

import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.idempotency.IdempotencyStore;
import cn.gfshare.instruments.common.json.OptionalJsonBody;
import cn.gfshare.instruments.common.problem.RuleViolation;
import cn.gfshare.instruments.reservation.Bookings;
import cn.gfshare.instruments.reservation.Bookings.BookingRequest;
import cn.gfshare.instruments.reservation.ReservationEvents;
import cn.gfshare.instruments.reservation.ReservationQueries;
import cn.gfshare.instruments.reservation.ReservationService;
import cn.gfshare.instruments.reservation.ReservationStatus;
import cn.gfshare.instruments.reservation.ReservationTransitions;
import cn.gfshare.instruments.reservation.ReservationTransitions.CheckOutRequest;
import cn.gfshare.instruments.reservation.ReservationTransitions.ReasonRequest;
import cn.gfshare.instruments.reservation.ReservationView;
import cn.gfshare.instruments.security.CallerResolver;
import cn.gfshare.instruments.security.Roles;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
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

@Path("/api/v1/reservations")
@Tag(
    name = "Reservations",
    description =
        "Bookings of instruments and experts, series, the waitlist and calendars; one reservation goes through the states of ReservationStatus")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ReservationResource {

  @Inject ReservationService reservations;
  @Inject ReservationTransitions transitions;
  @Inject ReservationQueries queries;
  @Inject CallerResolver callers;
  @Inject ObjectMapper json;
  @Inject Validator validator;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.RESEARCHER, Roles.LAB_MANAGER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "createReservation",
      summary = "Book an instrument, or an expert's time",
      description =
          "201 with the reservation: CONFIRMED, or PENDING_APPROVAL when the resource needs approval."
              + " An instrument booking names instrumentId (and may name an assisting expertId); a"
              + " consultation with an expert (专家咨询) names expertId alone, under the expert's own"
              + " opening hours, rules and rate cards."
              + " 409 slot-taken names the conflicting interval; 422 names the broken rule; 403 qualification-required."
              + " With an Idempotency-Key, repeating the same request returns the original response; the same key with"
              + " another body is a 422 (idempotency-key-reused). Keys are kept for a day.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "booking",
                      value =
                          """
      {"instrumentId": 42, "start": "2026-03-02T09:00:00+08:00", "end": "2026-03-02T11:00:00+08:00",
       "purpose": "XRD of perovskite films", "sampleCount": 4, "operatorAssisted": false}""")))
  @APIResponse(
      responseCode = "201",
      description = "Booked; Location names the reservation",
      content =
          @Content(
              schema = @Schema(implementation = ReservationView.class),
              examples =
                  @ExampleObject(
                      name = "booked",
                      value =
                          """
      {"id": 1001, "instrumentId": 42, "labId": 7, "timeZone": "Asia/Shanghai", "start": "2026-03-02T09:00:00+08:00",
       "end": "2026-03-02T11:00:00+08:00", "status": "CONFIRMED", "bookerUsername": "researcher-fs", "bookerInstitutionId": 10,
       "bookerCity": "FS", "instrumentCity": "GZ", "crossCity": true, "external": true, "priceTier": "CROSS_CITY",
       "priceEstimate": {"tier": "CROSS_CITY", "rateCardId": 3, "currency": "CNY", "hours": 2, "perHour": 300.00,
         "samples": 4, "perSample": 50.00, "operatorHours": 0, "perOperatorHour": 100.00, "total": 800.00},
       "purpose": "XRD of perovskite films", "sampleCount": 4, "operatorAssisted": false, "lateCancellation": false}""")))
  @APIResponse(
      responseCode = "409",
      description = "The slot overlaps another booking",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "slot-taken",
                      value =
                          """
      {"type": "https://api.gf-instruments.cn/problems/slot-taken", "title": "Conflict", "status": 409,
       "detail": "The slot overlaps a booking from 2026-03-02T10:00:00+08:00 to 2026-03-02T12:00:00+08:00",
       "conflict": {"start": "2026-03-02T10:00:00+08:00", "end": "2026-03-02T12:00:00+08:00"}, "bufferMinutes": 0}""")))
  public Response book(
      @Parameter(
              description = "Makes retries safe: the same key and body give the original response",
              schema = @Schema(type = SchemaType.STRING, maxLength = 200))
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @Valid @NotNull BookingRequest body) {
    return created(reservations.book(callers.caller(), body, idempotencyKey), ReservationView::id);
  }

  /** 201 with Location; a replay of an Idempotency-Key says so in Idempotent-Replayed. */
  static <T> Response created(IdempotencyStore.Outcome<T> outcome, ToLongFunction<T> id) {
    Response.ResponseBuilder b =
        Response.created(URI.create(location(outcome.value(), id)))
            .entity(outcome.value())
            .type(MediaType.APPLICATION_JSON);
    if (outcome.replayed()) {
      b.header("Idempotent-Replayed", "true");
    }
    return b.build();
  }

  private static <T> String location(T value, ToLongFunction<T> id) {
    String base =
        value instanceof Bookings.SeriesResult
            ? "/api/v1/reservation-series/"
            : "/api/v1/reservations/";
    return base + id.applyAsLong(value);
  }

  @GET
  @Operation(
      operationId = "listReservations",
      summary = "Reservations the caller may see, by start",
      description =
          "Researchers see their own, lab managers also those of their labs, platform admins all."
              + " status may repeat; from/to select reservations overlapping the window.")
  public PageResult<ReservationView> list(
      @QueryParam("status") List<String> status,
      @QueryParam("instrumentId") Long instrumentId,
      @QueryParam("labId") Long labId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("crossCity") Boolean crossCity,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest paging = PageRequest.of(page, size);
    var filter =
        new ReservationQueries.Filter(
            statuses(status),
            instrumentId,
            labId,
            IsoTimes.instant("from", from),
            IsoTimes.instant("to", to),
            crossCity);
    return queries.list(callers.caller(), filter, paging);
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getReservation",
      summary = "One reservation (404 when it is not the caller's to see)")
  public ReservationView get(@PathParam("id") long id) {
    return queries.get(callers.caller(), id);
  }

  @POST
  @Path("{id}/approve")
  @Operation(
      operationId = "approveReservation",
      summary = "Approve a pending reservation (a manager of the lab)")
  public ReservationView approve(@PathParam("id") long id) {
    return reservations.approve(callers.caller(), id);
  }

  @POST
  @Path("{id}/reject")
  @Operation(
      operationId = "rejectReservation",
      summary = "Reject a pending reservation (a manager of the lab); body optional")
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReasonRequest.class)))
  public ReservationView reject(@PathParam("id") long id, String body) {
    ReasonRequest r = optionalBody(body, ReasonRequest.class);
    return reservations.reject(callers.caller(), id, r == null ? null : r.reason());
  }

  @POST
  @Path("{id}/cancel")
  @Operation(
      operationId = "cancelReservation",
      summary =
          "Cancel (the booker or a manager of the lab); the booker's cancellation after the deadline is"
              + " recorded as late; body optional")
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReasonRequest.class)))
  public ReservationView cancel(@PathParam("id") long id, String body) {
    ReasonRequest r = optionalBody(body, ReasonRequest.class);
    return reservations.cancel(callers.caller(), id, r == null ? null : r.reason());
  }

  @POST
  @Path("{id}/check-in")
  @Operation(
      operationId = "checkInReservation",
      summary =
          "Check in (the booker or a manager of the lab), from shortly before the start until the end")
  public ReservationView checkIn(@PathParam("id") long id) {
    return reservations.checkIn(callers.caller(), id);
  }

  @POST
  @Path("{id}/check-out")
  @Operation(
      operationId = "checkOutReservation",
      summary =
          "Check out and record actual usage (defaults: from check-in to now, the booked samples)")
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CheckOutRequest.class),
              examples =
                  @ExampleObject(
                      name = "usage",
                      value =
                          """
      {"usageStart": "2026-03-02T09:05:00+08:00", "usageEnd": "2026-03-02T10:40:00+08:00", "samples": 3}""")))
  public ReservationView checkOut(@PathParam("id") long id, String body) {
    return reservations.checkOut(callers.caller(), id, optionalBody(body, CheckOutRequest.class));
  }

  @PUT
  @Path("{id}/usage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "correctReservationUsage",
      summary =
          "Record or correct actual usage (a manager of the lab; audited; the reservation becomes COMPLETED)",
      description =
          "For walk-ins and forgotten check-outs: allowed on CONFIRMED, CHECKED_IN, COMPLETED and NO_SHOW"
              + " reservations. The previous values, the reason, who and when are kept (GET .../usage-corrections).")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "walk-in",
                      value =
                          """
      {"usageStart": "2026-03-02T09:10:00+08:00", "usageEnd": "2026-03-02T10:20:00+08:00", "samples": 2,
       "reason": "user came without checking in"}""")))
  public ReservationView correctUsage(
      @PathParam("id") long id, @Valid @NotNull ReservationTransitions.UsageRequest body) {
    return reservations.correctUsage(callers.caller(), id, body);
  }

  @GET
  @Path("{id}/usage-corrections")
  @Operation(
      operationId = "listUsageCorrections",
      summary = "The audit trail of usage corrections of a reservation")
  public List<ReservationTransitions.CorrectionView> corrections(@PathParam("id") long id) {
    return transitions.corrections(callers.caller(), id);
  }

  @GET
  @Path("{id}/events")
  @Operation(
      operationId = "listReservationEvents",
      summary = "The history of a reservation, oldest first",
      description =
          "Every change as recorded in the event log: CREATED, APPROVED, REJECTED, CANCELLED,"
              + " LATE_CANCELLED, CHECKED_IN, CHECKED_OUT, USAGE_CORRECTED, EXPIRED, NO_SHOW,"
              + " COMPLETED (by the platform, for a booking left checked in) and WAITLIST_ACCEPTED,"
              + " with who acted (a user, or system:<job> for the platform) and a payload of what"
              + " changed (fromStatus, toStatus, reason, usage, ...). Visible to whoever may see"
              + " the reservation.")
  @APIResponse(
      responseCode = "200",
      description = "The events",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = ReservationEvents.ReservationEventView.class),
              examples =
                  @ExampleObject(
                      name = "history",
                      value =
                          """
      [{"id": 5001, "type": "CREATED", "reservationId": 1001, "waitlistEntryId": null, "resourceId": 42,
        "occurredAt": "2026-03-01T10:00:00+08:00", "actor": "researcher-fs",
        "payload": {"fromStatus": null, "toStatus": "CONFIRMED", "start": "2026-03-02T09:00:00+08:00",
          "end": "2026-03-02T11:00:00+08:00", "booker": "researcher-fs", "priceTier": "CROSS_CITY", "crossCity": true}},
       {"id": 5017, "type": "NO_SHOW", "reservationId": 1001, "waitlistEntryId": null, "resourceId": 42,
        "occurredAt": "2026-03-02T09:30:00+08:00", "actor": "system:no-show",
        "payload": {"fromStatus": "CONFIRMED", "toStatus": "NO_SHOW"}}]""")))
  public List<ReservationEvents.ReservationEventView> events(@PathParam("id") long id) {
    return queries.events(callers.caller(), id);
  }

  /**
   * Transition bodies are optional, and clients posting none send any or no Content-Type; so the
   * body is read as text and, when present, parsed and validated here (422 with violations).
   */
  private <T> T optionalBody(String raw, Class<T> type) {
    return OptionalJsonBody.read(json, validator, raw, type);
  }

  private static Set<ReservationStatus> statuses(List<String> values) {
    Set<ReservationStatus> out = EnumSet.noneOf(ReservationStatus.class);
    for (String v : values == null ? List.<String>of() : values) {
      for (String part : v.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          out.add(ReservationStatus.valueOf(part.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new RuleViolation(
              "status",
              "Unknown status " + part.trim(),
              Map.of("allowed", List.of(ReservationStatus.values())));
        }
      }
    }
    return out;
  }
}
