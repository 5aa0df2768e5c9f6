package cn.gfshare.instruments.billing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.TestClock;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every billing endpoint × role on real data (the authorization matrix only sees missing ids):
 * researcher-gz is the booker and the account's PI, manager-gz manages the lab, finance, a platform
 * admin and the partner client. State-changing calls get a fresh target per identity.
 */
@QuarkusTest
class BillingAuthorizationTest {

  static final String[] USERS = {"researcher-gz", "manager-gz", "finance", "admin", "partner"};

  @AfterEach
  void realTime() {
    TestClock.reset();
  }

  private int slot;
  private long instrument;

  /** A fresh usage charge of researcher-gz, booked as booked on its own slot of day 2. */
  private long charge(long account) {
    int start = 6 * 60 + 25 * slot++;
    String from = String.format("%02d:%02d", start / 60, start % 60);
    String to = String.format("%02d:%02d", (start + 20) / 60, (start + 20) % 60);
    long r =
        BillingFixtures.useAsBooked(Tokens.researcherGz(), instrument, from, to, 0, false, account);
    return BillingFixtures.charges(Tokens.researcherGz(), r).getLong("items[0].id");
  }

  private static String month() {
    return YearMonth.now(Slots.SHANGHAI).toString();
  }

  private static long statement(long account) {
    TestClock.reset();
    return given()
        .auth()
        .oauth2(Tokens.finance())
        .contentType("application/json")
        .body("{\"accountId\":" + account + ",\"period\":\"" + month() + "\"}")
        .post("/api/v1/statements")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  record Call(String method, Supplier<String> path, String body, int... expected) {}

  @Test
  void everyBillingEndpointAnswersEachRoleAsIntended() {
    instrument = BillingFixtures.pricedInstrument();
    long account = BillingFixtures.account("researcher-gz");
    long charge = charge(account);
    long statement = statement(account);
    long institution = BillingFixtures.institution("SYSU");
    String accountBody =
        "{\"name\":\"Test grant\",\"status\":\"ACTIVE\",\"creditLimit\":\"100000.00\"}";
    String quote =
        BillingFixtures.booking(
            instrument,
            BillingFixtures.t(3, "10:00"),
            BillingFixtures.t(3, "11:00"),
            1,
            false,
            null);

    Map<String, Call> calls = new LinkedHashMap<>();
    calls.put(
        "POST /accounts",
        new Call("POST", () -> "/api/v1/accounts", null, 403, 403, 201, 403, 403));
    calls.put(
        "GET /accounts", new Call("GET", () -> "/api/v1/accounts", null, 200, 200, 200, 200, 200));
    calls.put(
        "GET /accounts/{id}",
        new Call("GET", () -> "/api/v1/accounts/" + account, null, 200, 404, 200, 404, 404));
    calls.put(
        "PUT /accounts/{id}",
        new Call("PUT", () -> "/api/v1/accounts/" + account, accountBody, 403, 403, 200, 403, 403));
    calls.put(
        "GET /accounts/{id}/members",
        new Call(
            "GET",
            () -> "/api/v1/accounts/" + account + "/members",
            null,
            200,
            404,
            200,
            404,
            404));
    calls.put(
        "PUT /accounts/{id}/members",
        new Call(
            "PUT",
            () -> "/api/v1/accounts/" + account + "/members",
            "{\"usernames\":[\"researcher-fs\"]}",
            200,
            404,
            200,
            404,
            404));
    calls.put(
        "POST /quotes", new Call("POST", () -> "/api/v1/quotes", quote, 200, 200, 200, 200, 200));
    calls.put(
        "GET /resources/{id}/billing-policy",
        new Call(
            "GET",
            () -> "/api/v1/resources/" + instrument + "/billing-policy",
            null,
            200,
            200,
            200,
            200,
            200));
    calls.put(
        "PUT /resources/{id}/billing-policy",
        new Call(
            "PUT",
            () -> "/api/v1/resources/" + instrument + "/billing-policy",
            "{\"incrementMinutes\":15}",
            403,
            200,
            403,
            200,
            403));
    calls.put(
        "GET /charges", new Call("GET", () -> "/api/v1/charges", null, 200, 200, 200, 200, 200));
    calls.put(
        "GET /charges/summary",
        new Call("GET", () -> "/api/v1/charges/summary", null, 200, 200, 200, 200, 200));
    calls.put(
        "GET /charges/{id}",
        new Call("GET", () -> "/api/v1/charges/" + charge, null, 200, 200, 200, 200, 404));
    calls.put(
        "GET /charges/{id}/corrections",
        new Call(
            "GET",
            () -> "/api/v1/charges/" + charge + "/corrections",
            null,
            200,
            200,
            200,
            200,
            404));
    calls.put(
        "POST /charges/{id}/corrections",
        new Call(
            "POST",
            () -> "/api/v1/charges/" + charge(account) + "/corrections",
            "{\"amount\":\"10.00\",\"reason\":\"authorization matrix check\"}",
            403,
            201,
            201,
            201,
            404));
    calls.put(
        "POST /charges/{id}/dispute",
        new Call(
            "POST",
            () -> "/api/v1/charges/" + charge(account) + "/dispute",
            "{\"reason\":\"authorization matrix check\"}",
            200,
            403,
            403,
            403,
            404));
    calls.put(
        "PUT /charges/{id}/dispute",
        new Call(
            "PUT",
            () -> {
              long c = charge(account);
              given()
                  .auth()
                  .oauth2(Tokens.researcherGz())
                  .contentType("application/json")
                  .body("{\"reason\":\"authorization matrix check\"}")
                  .post("/api/v1/charges/" + c + "/dispute")
                  .then()
                  .statusCode(200);
              return "/api/v1/charges/" + c + "/dispute";
            },
            "{\"decision\":\"REJECT\",\"reason\":\"authorization matrix check\"}",
            403,
            200,
            200,
            200,
            404));
    calls.put(
        "POST /statements",
        new Call("POST", () -> "/api/v1/statements", null, 403, 403, 201, 403, 403));
    calls.put(
        "GET /statements",
        new Call("GET", () -> "/api/v1/statements", null, 200, 200, 200, 200, 200));
    for (String suffix : List.of("", ".csv", ".xlsx")) {
      calls.put(
          "GET /statements/{id}" + suffix,
          new Call(
              "GET",
              () -> "/api/v1/statements/" + statement + suffix,
              null,
              200,
              404,
              200,
              404,
              404));
    }
    calls.put(
        "POST /statements/{id}/issue",
        new Call(
            "POST",
            () ->
                "/api/v1/statements/"
                    + statement(BillingFixtures.account("researcher-gz"))
                    + "/issue",
            null,
            403,
            403,
            200,
            403,
            403));
    calls.put(
        "POST /statements/{id}/pay",
        new Call(
            "POST",
            () -> {
              long s = statement(BillingFixtures.account("researcher-gz"));
              given()
                  .auth()
                  .oauth2(Tokens.finance())
                  .post("/api/v1/statements/" + s + "/issue")
                  .then()
                  .statusCode(200);
              return "/api/v1/statements/" + s + "/pay";
            },
            null,
            403,
            403,
            200,
            403,
            403));
    calls.put(
        "POST /statements/{id}/void",
        new Call(
            "POST",
            () ->
                "/api/v1/statements/"
                    + statement(BillingFixtures.account("researcher-gz"))
                    + "/void",
            "{\"reason\":\"authorization matrix check\"}",
            403,
            403,
            200,
            403,
            403));

    Map<String, String> tokens = new LinkedHashMap<>();
    for (String u : USERS) {
      tokens.put(u, Tokens.of(u));
    }
    List<String> problems = new ArrayList<>();
    calls.forEach(
        (name, call) -> {
          for (int i = 0; i < USERS.length; i++) {
            String body = call.body();
            if (name.equals("POST /accounts")) {
              body =
                  "{\"code\":\""
                      + CatalogFixtures.unique("AUTH-")
                      + "\",\"name\":\"n\",\"type\":\"PURCHASE_ORDER\",\"institutionId\":"
                      + institution
                      + ",\"piUsername\":\"researcher-gz\"}";
            } else if (name.equals("POST /statements")) {
              body =
                  "{\"accountId\":"
                      + BillingFixtures.account("researcher-gz")
                      + ",\"period\":\""
                      + month()
                      + "\"}";
            }
            String path = call.path().get();
            RequestSpecification req = given().auth().oauth2(tokens.get(USERS[i]));
            if (body != null) {
              req.contentType("application/json").body(body);
            }
            int status = req.request(call.method(), path).statusCode();
            if (status != call.expected()[i]) {
              problems.add(
                  name
                      + " as "
                      + USERS[i]
                      + ": expected "
                      + call.expected()[i]
                      + ", got "
                      + status);
            }
          }
        });
    assertThat(problems).isEmpty();
  }
}
