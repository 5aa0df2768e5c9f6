package cn.gfshare.instruments.reservation.rest;

import cn.gfshare.instruments.reservation.ReservationService;
import cn.gfshare.instruments.reservation.ReservationView;
import cn.gfshare.instruments.reservation.WaitlistService;
import cn.gfshare.instruments.reservation.WaitlistService.EntryView;
import cn.gfshare.instruments.reservation.WaitlistService.JoinRequest;
import cn.gfshare.instruments.security.CallerResolver;
import cn.gfshare.instruments.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/waitlist")
@Tag(name = "Reservations")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class WaitlistResource {

  @Inject WaitlistService waitlist;
  @Inject ReservationService reservations;
  @Inject CallerResolver callers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.RESEARCHER, Roles.LAB_MANAGER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "joinWaitlist",
      summary = "Wait for time on an instrument within a window",
      description =
          "When a booking on the instrument is cancelled or rejected, the first waiter whose window has a"
              + " fitting slot gets an offer holding that slot for gf.booking.waitlist-hold (1 h); accept it to book.")
  @APIResponse(
      responseCode = "201",
      description = "On the waitlist; Location names the entry",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EntryView.class)))
  public Response join(@Valid @NotNull JoinRequest body) {
    EntryView v = waitlist.join(callers.caller(), body);
    return Response.created(URI.create("/api/v1/waitlist/" + v.id())).entity(v).build();
  }

  @GET
  @Operation(
      operationId = "listMyWaitlistEntries",
      summary = "My waitlist entries and offers, newest first")
  public List<EntryView> mine() {
    return waitlist.mine(callers.caller());
  }

  @POST
  @Path("{id}/accept")
  @Operation(
      operationId = "acceptWaitlistOffer",
      summary =
          "Accept an open offer: books the held slot (201 with the reservation, as a booking)")
  @APIResponse(
      responseCode = "201",
      description = "Booked; Location names the reservation",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReservationView.class)))
  public Response accept(@PathParam("id") long id) {
    ReservationView v = reservations.acceptOffer(callers.caller(), id);
    return Response.created(URI.create("/api/v1/reservations/" + v.id()))
        .entity(v)
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  @POST
  @Path("{id}/decline")
  @Operation(
      operationId = "declineWaitlistOffer",
      summary = "Decline an open offer; the time is offered to the next waiter")
  @APIResponse(responseCode = "204", description = "Declined")
  public void decline(@PathParam("id") long id) {
    reservations.declineOffer(callers.caller(), id);
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "leaveWaitlist",
      summary = "Leave the waitlist (an open offer is released to the next waiter)")
  public void leave(@PathParam("id") long id) {
    reservations.leaveWaitlist(callers.caller(), id);
  }
}
