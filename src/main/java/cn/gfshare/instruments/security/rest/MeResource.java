package cn.gfshare.instruments.security.rest;

import cn.gfshare.instruments.security.Caller;
import cn.gfshare.instruments.security.CallerResolver;
import cn.gfshare.instruments.security.InstitutionRef;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Identity", description = "The signed-in caller as the service sees them")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /** The caller as the service sees them. */
  public record Me(String username, List<String> roles, InstitutionRef institution, String city) {}

  @Inject CallerResolver callers;

  @GET
  @Operation(operationId = "getMe", summary = "Who am I: user name, roles, institution and city")
  public Me me() {
    Caller c = callers.caller();
    return new Me(
        c.username(),
        c.roles().stream().sorted().toList(),
        c.institution().orElse(null),
        c.city().orElse(null));
  }
}
