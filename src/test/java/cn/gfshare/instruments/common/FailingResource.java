package cn.gfshare.instruments.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails the way a bug would, to check what a 500 looks like. */
@Path("/test-only/boom")
public class FailingResource {
  @GET
  @Operation(hidden = true)
  public String boom() {
    throw new IllegalStateException("secret internal detail that must not leak");
  }
}
