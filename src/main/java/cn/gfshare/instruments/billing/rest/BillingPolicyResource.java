package cn.gfshare.instruments.billing.rest;

import cn.gfshare.instruments.billing.BillingPolicies;
import cn.gfshare.instruments.billing.BillingPolicies.BillingPolicyRequest;
import cn.gfshare.instruments.billing.BillingPolicies.BillingPolicyView;
import cn.gfshare.instruments.security.CallerResolver;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/resources/{id}/billing-policy")
@Tag(name = "Billing")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class BillingPolicyResource {

  @Inject BillingPolicies policies;
  @Inject CallerResolver callers;

  @GET
  @Operation(
      operationId = "getBillingPolicy",
      summary = "How an instrument or expert is billed (the platform defaults where unset)")
  public BillingPolicyView get(@PathParam("id") long id) {
    return policies.get(id);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "replaceBillingPolicy",
      summary = "Set how a resource is billed (managers of its lab); null fields = default",
      description =
          "billingMode ACTUAL, BOOKED or GREATER_OF (default); incrementMinutes 1, 15 (default) or"
              + " 30, billed minutes are rounded up to it; minimumCharge per booking; late"
              + " cancellations and no-shows cost penaltyPercent of the as-booked price (default 50)"
              + " or penaltyFixed; accountRequired makes bookings name a funding account.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "policy",
                      value =
                          """
      {"billingMode": "GREATER_OF", "incrementMinutes": 15, "minimumCharge": "100.00",
       "penaltyKind": "PERCENT", "penaltyPercent": 50, "accountRequired": true}""")))
  public BillingPolicyView set(
      @PathParam("id") long id, @Valid @NotNull BillingPolicyRequest body) {
    return policies.set(callers.caller(), id, body);
  }
}
