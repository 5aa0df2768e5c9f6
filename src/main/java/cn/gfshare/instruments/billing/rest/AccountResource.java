package cn.gfshare.instruments.billing.rest;

import cn.gfshare.instruments.billing.Accounts;
import cn.gfshare.instruments.billing.Accounts.AccountRequest;
import cn.gfshare.instruments.billing.Accounts.AccountUpdate;
import cn.gfshare.instruments.billing.Accounts.AccountView;
import cn.gfshare.instruments.billing.Accounts.MembersRequest;
import cn.gfshare.instruments.billing.Accounts.MembersView;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.security.CallerResolver;
import cn.gfshare.instruments.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts")
@Tag(
    name = "Billing",
    description =
        "Funding accounts (经费账户), quotes, charges in an append-only ledger, disputes and monthly statements (对账单). Amounts are strings with exactly two decimals plus a currency.")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  @Inject Accounts accounts;
  @Inject CallerResolver callers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.FINANCE)
  @Operation(
      operationId = "createAccount",
      summary = "Create a funding account (finance)",
      description = "409 account-code-taken when the code exists; 422 names a bad field.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "grant",
                      value =
                          """
      {"code": "NSFC-22175001", "name": "NSFC perovskite project", "type": "RESEARCH_GRANT",
       "institutionId": 1, "piUsername": "researcher-gz", "creditLimit": "50000.00",
       "expiresOn": "2027-12-31", "members": ["researcher-gz"]}""")))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the account",
      content = @Content(schema = @Schema(implementation = AccountView.class)))
  public Response create(@Valid @NotNull AccountRequest body) {
    AccountView v = accounts.create(callers.caller(), body);
    return Response.created(URI.create("/api/v1/accounts/" + v.id()))
        .entity(v)
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  @GET
  @Operation(
      operationId = "listAccounts",
      summary = "Accounts the caller may see",
      description = "Finance sees every account; others the accounts they lead (PI) or belong to.")
  public PageResult<AccountView> list(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return accounts.list(callers.caller(), PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getAccount",
      summary = "One account (404 unless finance, its PI or a member)")
  public AccountView get(@PathParam("id") long id) {
    return accounts.get(callers.caller(), id);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.FINANCE)
  @Operation(
      operationId = "updateAccount",
      summary = "Change an account's name, status, credit limit, expiry (finance)",
      description = "Suspend with status SUSPENDED, close with CLOSED (final: 409 account-closed).")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "suspend",
                      value =
                          """
      {"name": "NSFC perovskite project", "status": "SUSPENDED", "creditLimit": "50000.00", "expiresOn": "2027-12-31"}""")))
  public AccountView update(@PathParam("id") long id, @Valid @NotNull AccountUpdate body) {
    return accounts.update(callers.caller(), id, body);
  }

  @GET
  @Path("{id}/members")
  @Operation(operationId = "getAccountMembers", summary = "Who may charge the account")
  public MembersView members(@PathParam("id") long id) {
    return accounts.members(callers.caller(), id);
  }

  @PUT
  @Path("{id}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setAccountMembers",
      summary = "Replace who may charge the account (finance or the account's PI)")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "members",
                      value =
                          """
      {"usernames": ["researcher-gz", "student-01"]}""")))
  public MembersView setMembers(@PathParam("id") long id, @Valid @NotNull MembersRequest body) {
    return accounts.setMembers(callers.caller(), id, body);
  }
}
