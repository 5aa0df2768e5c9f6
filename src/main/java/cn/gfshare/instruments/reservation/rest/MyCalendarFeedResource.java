package cn.gfshare.instruments.reservation.rest;

import cn.gfshare.instruments.reservation.MyCalendarService;
import cn.gfshare.instruments.reservation.MyCalendarService.FeedView;
import cn.gfshare.instruments.security.CallerResolver;
import cn.gfshare.instruments.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's secret feed URL: issue (rotate) and revoke. */
@Path("/api/v1/me/calendar-feed")
@Tag(name = "Reservations")
// a person's own calendar: machine clients (the partner role) have none and get 403
@RolesAllowed({Roles.RESEARCHER, Roles.LAB_MANAGER, Roles.FINANCE, Roles.PLATFORM_ADMIN})
@SecurityRequirement(name = "SecurityScheme")
public class MyCalendarFeedResource {

  @Inject MyCalendarService service;
  @Inject CallerResolver callers;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "rotateMyCalendarFeed",
      summary =
          "Issue a secret feed URL calendar apps can subscribe to without a token; replaces any earlier one")
  public FeedView rotate() {
    return service.rotate(callers.caller().username());
  }

  @DELETE
  @Operation(operationId = "revokeMyCalendarFeed", summary = "Revoke my secret feed URL")
  public void revoke() {
    service.revoke(callers.caller().username());
  }
}
