package cn.gfshare.instruments.billing;

import static cn.gfshare.instruments.billing.BillingFixtures.t;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gfshare.instruments.reservation.Reservation;
import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.TestClock;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Funding accounts: who may charge them, what a booking checks, unassigned charges. */
@QuarkusTest
class AccountsTest {

  @AfterEach
  void realTime() {
    TestClock.reset();
  }

  private static long reservations() {
    return QuarkusTransaction.requiringNew().call(() -> Reservation.count());
  }

  private static void update(long account, String status, String expiresOn) {
    Api.put(
            Tokens.finance(),
            "/api/v1/accounts/" + account,
            "{\"name\":\"Test grant\",\"status\":\""
                + status
                + "\""
                + (expiresOn == null ? "" : ",\"expiresOn\":\"" + expiresOn + "\"")
                + "}")
        .then()
        .statusCode(200)
        .body("status", equalTo(status));
  }

  private static void refused(String token, long instrument, long account, String rule) {
    long before = reservations();
    Api.book(
            token,
            BillingFixtures.booking(instrument, t(2, "10:00"), t(2, "11:00"), 0, false, account))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("rule", equalTo(rule));
    assertThat(reservations()).isEqualTo(before);
  }

  @Test
  void aBookingMayChargeOnlyAnActiveUnexpiredAccountTheCallerBelongsTo() {
    long instrument = BillingFixtures.pricedInstrument();
    long account = BillingFixtures.account("manager-gz", "researcher-gz");
    refused(Tokens.researcherFs(), instrument, account, "account-not-chargeable");
    update(account, "SUSPENDED", null);
    refused(Tokens.researcherGz(), instrument, account, "account-not-chargeable");
    update(account, "ACTIVE", java.time.LocalDate.now().minusDays(1).toString());
    refused(Tokens.researcherGz(), instrument, account, "account-not-chargeable");
    update(account, "ACTIVE", null);
    Api.book(
            Tokens.researcherGz(),
            BillingFixtures.booking(instrument, t(2, "10:00"), t(2, "11:00"), 0, false, account))
        .then()
        .statusCode(201)
        .body("accountId", equalTo((int) account));
    update(account, "CLOSED", null);
    Api.put(
            Tokens.finance(),
            "/api/v1/accounts/" + account,
            "{\"name\":\"x\",\"status\":\"ACTIVE\"}")
        .then()
        .statusCode(409)
        .body("type", equalTo("https://api.gf-instruments.cn/problems/account-closed"));
  }

  @Test
  void aLabMayRequireAnAccountAndADepartmentAccountIsTheDefault() {
    long instrument = BillingFixtures.pricedInstrument();
    BillingFixtures.policy(instrument, "{\"accountRequired\":true}");
    long before = reservations();
    Api.book(
            Tokens.researcherFs(),
            BillingFixtures.booking(instrument, t(2, "10:00"), t(2, "11:00"), 0, false, null))
        .then()
        .statusCode(422)
        .body("rule", equalTo("account-required"));
    assertThat(reservations()).isEqualTo(before);

    // a SYSU department account researcher-gz belongs to is used when the booking names none
    long dept =
        given()
            .auth()
            .oauth2(Tokens.finance())
            .contentType("application/json")
            .body(
                "{\"code\":\""
                    + CatalogFixtures.unique("DEPT-")
                    + "\",\"name\":\"Chemistry department\",\"type\":\"DEPARTMENT_BUDGET\",\"institutionId\":"
                    + BillingFixtures.institution("SYSU")
                    + ",\"piUsername\":\"manager-gz\",\"defaultAccount\":true,\"members\":[\"researcher-gz\"]}")
            .post("/api/v1/accounts")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Api.book(
            Tokens.researcherGz(),
            BillingFixtures.booking(instrument, t(2, "12:00"), t(2, "13:00"), 0, false, null))
        .then()
        .statusCode(201)
        .body("accountId", equalTo((int) dept));
    // other tests book as researcher-gz without an account and expect UNASSIGNED charges
    update(dept, "CLOSED", null);
  }

  @Test
  void anUnassignedChargeIsAssignedByTheLabManagerWithACorrection() {
    long instrument = BillingFixtures.pricedInstrument();
    String gz = Tokens.researcherGz();
    long r = BillingFixtures.useAsBooked(gz, instrument, "10:00", "11:00", 0, false, null);
    JsonPath c = BillingFixtures.charges(gz, r);
    assertThat(c.getString("items[0].state")).isEqualTo("UNASSIGNED");
    long charge = c.getLong("items[0].id");
    long notMine = BillingFixtures.account("researcher-fs");
    Api.post(
            Tokens.managerGz(),
            "/api/v1/charges/" + charge + "/corrections",
            "{\"accountId\":" + notMine + ",\"reason\":\"assign the grant named by the PI\"}")
        .then()
        .statusCode(422)
        .body("rule", equalTo("account-not-chargeable"));
    long account = BillingFixtures.account("researcher-gz");
    JsonPath pair =
        Api.post(
                Tokens.managerGz(),
                "/api/v1/charges/" + charge + "/corrections",
                "{\"accountId\":" + account + ",\"reason\":\"assign the grant named by the PI\"}")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(pair.getString("reversal.accountId")).isNull();
    assertThat(pair.getLong("replacement.accountId")).isEqualTo(account);
    assertThat(pair.getString("replacement.amount.amount")).isEqualTo("200.00");
    assertThat(pair.getString("replacement.state")).isEqualTo("IN_REVIEW");
  }

  @Test
  void membersArePutByFinanceOrThePiAndAccountsAreSeenByTheirPeopleOnly() {
    long account = BillingFixtures.account("researcher-gz");
    String path = "/api/v1/accounts/" + account + "/members";
    Api.put(Tokens.researcherFs(), path, "{\"usernames\":[\"researcher-fs\"]}")
        .then()
        .statusCode(404);
    Api.put(Tokens.researcherGz(), path, "{\"usernames\":[\"researcher-fs\"]}")
        .then()
        .statusCode(200)
        .body("usernames", equalTo(java.util.List.of("researcher-fs")));
    // now a member: sees the account, may not manage members
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .get("/api/v1/accounts/" + account)
        .then()
        .statusCode(200);
    Api.put(Tokens.researcherFs(), path, "{\"usernames\":[]}").then().statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .get("/api/v1/accounts/" + account)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem((int) account)));
    given()
        .auth()
        .oauth2(Tokens.finance())
        .get("/api/v1/accounts/" + account)
        .then()
        .statusCode(200)
        .body("balance.amount", equalTo("0.00"))
        .body("balance.currency", equalTo("CNY"));
    long events = BillingFixtures.eventRows();
    Api.put(Tokens.researcherGz(), path, "{\"usernames\":[\"bad name!\"]}").then().statusCode(422);
    Api.post(
            Tokens.finance(),
            "/api/v1/accounts",
            "{\"code\":\"X\",\"name\":\"n\",\"type\":\"NOPE\"}")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    assertThat(BillingFixtures.eventRows()).isEqualTo(events);
  }

  @Test
  void aBookingMayNotTakeAnAccountOverItsCreditLimit() {
    long instrument = BillingFixtures.pricedInstrument();
    long account = BillingFixtures.account("researcher-gz");
    Api.put(
            Tokens.finance(),
            "/api/v1/accounts/" + account,
            "{\"name\":\"Small grant\",\"status\":\"ACTIVE\",\"creditLimit\":\"350.00\"}")
        .then()
        .statusCode(200)
        .body("creditLimit.amount", equalTo("350.00"));
    BillingFixtures.useAsBooked(
        Tokens.researcherGz(), instrument, "10:00", "11:00", 0, false, account);
    TestClock.reset();
    // 200.00 outstanding + 200.00 estimated > 350.00
    refused(Tokens.researcherGz(), instrument, account, "account-not-chargeable");
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .get("/api/v1/accounts/" + account)
        .then()
        .body("outstanding.amount", equalTo("200.00"));
  }
}
