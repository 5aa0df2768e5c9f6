package cn.gfshare.instruments.reservation.rest;

import cn.gfshare.instruments.reservation.QualificationService;
import cn.gfshare.instruments.reservation.QualificationService.GrantRequest;
import cn.gfshare.instruments.reservation.QualificationService.QualificationView;
import cn.gfshare.instruments.security.CallerResolver;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Qualifications (上机资格) per resource, managed by the lab's managers; booking checks them. */
@Path("/api/v1/resources/{id}/qualifications")
@Tag(
    name = "Qualifications",
    description =
        "Who may operate a resource that requires a qualification (granted by its lab's managers)")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class QualificationResource {

  @Inject QualificationService service;
  @Inject CallerResolver callers;

  @GET
  @Operation(
      operationId = "listQualifications",
      summary = "Qualifications granted for a resource, revoked ones included (lab managers)")
  public List<QualificationView> list(@PathParam("id") long id) {
    return service.list(callers.caller(), id);
  }

  @PUT
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "grantQualification",
      summary = "Grant or renew a user's qualification, valid through expiresOn (lab managers)")
  public QualificationView grant(
      @PathParam("id") long id,
      @PathParam("username") @Size(max = 100) String username,
      @Valid @NotNull GrantRequest body) {
    return service.grant(callers.caller(), id, username, body.expiresOn());
  }

  @DELETE
  @Path("{username}")
  @Operation(
      operationId = "revokeQualification",
      summary = "Revoke a user's qualification (lab managers)")
  public void revoke(@PathParam("id") long id, @PathParam("username") String username) {
    service.revoke(callers.caller(), id, username);
  }
}
