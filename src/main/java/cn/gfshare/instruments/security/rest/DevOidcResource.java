package cn.gfshare.instruments.security.rest;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Dev mode only: where the container-less OIDC dev service listens (its port changes every start),
 * so the README's curl example can fetch a token without reading the log.
 */
@IfBuildProfile("dev")
@Path("/dev/oidc")
public class DevOidcResource {

  public record DevOidc(String tokenEndpoint, String clientId, String clientSecret, String hint) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getDevOidc", hidden = true)
  public DevOidc where() {
    var config = ConfigProvider.getConfig();
    String server = config.getValue("quarkus.oidc.auth-server-url", String.class);
    return new DevOidc(
        server + "/token",
        config.getOptionalValue("quarkus.oidc.client-id", String.class).orElse("quarkus-app"),
        config.getOptionalValue("quarkus.oidc.credentials.secret", String.class).orElse("secret"),
        "password grant: username and password are the demo user's name, e.g. researcher-gz");
  }
}
