package cn.gfshare.instruments.billing;

import static cn.gfshare.instruments.billing.BillingFixtures.at;
import static cn.gfshare.instruments.billing.BillingFixtures.t;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gfshare.instruments.reservation.ReservationService;
import cn.gfshare.instruments.security.Caller;
import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.TestClock;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Charges on completion, late cancellation and no-show fees, waivers and corrections. */
@QuarkusTest
class ChargesTest {

  @Inject ReservationService reservations;

  @AfterEach
  void realTime() {
    TestClock.reset();
  }

  private static long book(String token, long instrument, String from, String to, Long account) {
    return Api.book(
            token, BillingFixtures.booking(instrument, t(2, from), t(2, to), 0, false, account))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  @Test
  void aBookingUsedExactlyAsBookedIsChargedItsQuote() {
    Random random = new Random(10);
    String[] modes = {"ACTUAL", "BOOKED", "GREATER_OF"};
    int[] increments = {1, 15, 30};
    String[] users = {"researcher-gz", "researcher-fs"};
    for (int i = 0; i < 12; i++) {
      TestClock.reset();
      long instrument = BillingFixtures.pricedInstrument();
      BillingFixtures.policy(
          instrument,
          "{\"billingMode\":\""
              + modes[random.nextInt(3)]
              + "\",\"incrementMinutes\":"
              + increments[random.nextInt(3)]
              + ",\"minimumCharge\":\""
              + (random.nextInt(400) + ".00")
              + "\"}");
      String token = Tokens.of(users[random.nextInt(2)]);
      int startMinutes = 9 * 60 + 5 * random.nextInt(24);
      int length = 5 * (1 + random.nextInt(60));
      String from = hhmm(startMinutes);
      String to = hhmm(startMinutes + length);
      int samples = random.nextInt(6);
      boolean op = random.nextBoolean();
      JsonPath quote = BillingFixtures.quote(token, instrument, t(2, from), t(2, to), samples, op);
      long r = BillingFixtures.useAsBooked(token, instrument, from, to, samples, op, null);
      JsonPath charge = BillingFixtures.charges(token, r);
      assertThat(charge.getList("items")).as("case %d", i).hasSize(1);
      assertThat(charge.getString("items[0].amount.amount"))
          .as("case %d: %s–%s, %d samples, operator %s", i, from, to, samples, op)
          .isEqualTo(quote.getString("total.amount"));
      assertThat(charge.getString("items[0].tier")).isEqualTo(quote.getString("tier"));
      assertThat(charge.getInt("items[0].billedMinutes"))
          .isEqualTo(quote.getInt("formula.billedMinutes"));
    }
  }

  private static String hhmm(int minutes) {
    return String.format("%02d:%02d", minutes / 60, minutes % 60);
  }

  @Test
  void theIncrementRoundsUpAndTheMinimumChargeApplies() {
    long instrument = BillingFixtures.pricedInstrument();
    BillingFixtures.policy(
        instrument,
        "{\"billingMode\":\"ACTUAL\",\"incrementMinutes\":30,\"minimumCharge\":\"150.00\"}");
    String gz = Tokens.researcherGz();
    long r = book(gz, instrument, "10:00", "11:00", null);
    BillingFixtures.checkOut(gz, r, at(2, "10:00"), at(2, "10:20"), 0);
    JsonPath c = BillingFixtures.charges(gz, r);
    assertThat(c.getInt("items[0].actualMinutes")).isEqualTo(20);
    assertThat(c.getInt("items[0].billedMinutes")).isEqualTo(30);
    assertThat(c.getString("items[0].formula.subtotal.amount")).isEqualTo("100.00");
    assertThat(c.getBoolean("items[0].formula.minimumApplied")).isTrue();
    assertThat(c.getString("items[0].amount.amount")).isEqualTo("150.00");
    // no account was named and none is required: the charge waits for one
    assertThat(c.getString("items[0].state")).isEqualTo("UNASSIGNED");
  }

  @Test
  void aLateCancellationCostsHalfTheBookedPriceAndTheLabMayWaiveIt() {
    long instrument = BillingFixtures.pricedInstrument();
    String gz = Tokens.researcherGz();
    long early = book(gz, instrument, "08:00", "09:00", null);
    Api.act(gz, early, "cancel").then().statusCode(200).body("lateCancellation", equalTo(false));
    assertThat(BillingFixtures.charges(gz, early).getList("items")).isEmpty();

    long r = book(gz, instrument, "10:00", "11:30", null);
    TestClock.pin(at(2, "09:00"));
    Api.act(gz, r, "cancel").then().statusCode(200).body("lateCancellation", equalTo(true));
    JsonPath c = BillingFixtures.charges(gz, r);
    assertThat(c.getString("items[0].kind")).isEqualTo("LATE_CANCELLATION");
    // as booked: 90 min × 200/h = 300.00; 50 %
    assertThat(c.getString("items[0].formula.total.amount")).isEqualTo("300.00");
    assertThat(c.getString("items[0].formula.penaltyPercent")).isEqualTo("50.00");
    assertThat(c.getString("items[0].amount.amount")).isEqualTo("150.00");
    long fee = c.getLong("items[0].id");

    long rows = BillingFixtures.ledgerRows();
    String waive = "{\"amount\":\"0.00\",\"reason\":\"instrument fault reported that morning\"}";
    Api.post(gz, "/api/v1/charges/" + fee + "/corrections", waive).then().statusCode(403);
    Api.post(Tokens.managerFs(), "/api/v1/charges/" + fee + "/corrections", waive)
        .then()
        .statusCode(404);
    Api.post(
            Tokens.managerGz(),
            "/api/v1/charges/" + fee + "/corrections",
            "{\"amount\":\"0.00\",\"reason\":\"short\"}")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    Api.post(
            Tokens.managerGz(),
            "/api/v1/charges/" + fee + "/corrections",
            "{\"amount\":\"1.5\",\"reason\":\"instrument fault reported\"}")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    assertThat(BillingFixtures.ledgerRows()).isEqualTo(rows);

    JsonPath pair =
        Api.post(Tokens.managerGz(), "/api/v1/charges/" + fee + "/corrections", waive)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(pair.getString("reversal.amount.amount")).isEqualTo("-150.00");
    assertThat(pair.getLong("reversal.reversesEntryId")).isEqualTo(fee);
    assertThat(pair.getString("replacement.amount.amount")).isEqualTo("0.00");
    assertThat(pair.getLong("replacement.replacesEntryId")).isEqualTo(fee);
    assertThat(pair.getString("replacement.actor")).isEqualTo("manager-gz");
    assertThat(pair.getString("replacement.formula.basis")).isEqualTo("MANUAL");
    assertThat(pair.getString("reversal.formula.basis")).isEqualTo("REVERSAL");
    assertThat(pair.getString("reversal.formula.charged.amount")).isEqualTo("-150.00");
    // a corrected line is corrected once; its replacement carries on
    Api.post(Tokens.managerGz(), "/api/v1/charges/" + fee + "/corrections", waive)
        .then()
        .statusCode(409)
        .body("type", equalTo("https://api.gf-instruments.cn/problems/charge-corrected"));
    assertThat(BillingFixtures.ledgerRows()).isEqualTo(rows + 2);
  }

  @Test
  void aNoShowPaysTheFixedFeeUntilTheLabRecordsUsage() {
    long instrument = BillingFixtures.pricedInstrument();
    BillingFixtures.policy(instrument, "{\"penaltyKind\":\"FIXED\",\"penaltyFixed\":\"80.00\"}");
    String gz = Tokens.researcherGz();
    long r = book(gz, instrument, "10:00", "11:00", null);
    TestClock.pin(at(2, "10:31"));
    reservations.markNoShow(Caller.system("no-show"), r);
    JsonPath c = BillingFixtures.charges(gz, r);
    assertThat(c.getString("items[0].kind")).isEqualTo("NO_SHOW");
    assertThat(c.getString("items[0].amount.amount")).isEqualTo("80.00");
    assertThat(c.getString("items[0].formula.penaltyKind")).isEqualTo("FIXED");

    TestClock.pin(at(2, "11:30"));
    Api.put(
            Tokens.managerGz(),
            "/api/v1/reservations/" + r + "/usage",
            "{\"usageStart\":\""
                + t(2, "10:10")
                + "\",\"usageEnd\":\""
                + t(2, "11:00")
                + "\",\"samples\":0,\"reason\":\"came but forgot to check in\"}")
        .then()
        .statusCode(200);
    JsonPath all = BillingFixtures.charges(gz, r);
    // newest first: replacement, reversal, fee
    assertThat(all.getList("items.role")).containsExactly("REPLACEMENT", "REVERSAL", "CHARGE");
    assertThat(all.getList("items.kind")).containsExactly("USAGE", "NO_SHOW", "NO_SHOW");
    assertThat(all.getList("items.amount.amount")).containsExactly("200.00", "-80.00", "80.00");
    // what the lab earned: the pair nets out, the usage stands
    long lab = all.getLong("items[0].labId");
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .queryParam("labId", lab)
        .get("/api/v1/charges/summary")
        .then()
        .statusCode(200)
        .body("rows[0].tier", equalTo("INTERNAL"))
        .body("rows[0].bookerCity", equalTo("GZ"))
        .body("rows[0].lines", equalTo(3))
        .body("total.amount", equalTo("200.00"));
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .queryParam("labId", lab)
        .get("/api/v1/charges/summary")
        .then()
        .statusCode(200)
        .body("total.amount", equalTo("0.00"));
  }

  @Test
  void aRepeatedCheckOutOrAnUnchangedUsageWritesNothing() {
    long instrument = BillingFixtures.pricedInstrument();
    String gz = Tokens.researcherGz();
    long r = BillingFixtures.useAsBooked(gz, instrument, "10:00", "11:00", 0, false, null);
    long rows = BillingFixtures.ledgerRows();
    Api.act(gz, r, "check-out").then().statusCode(409);
    Api.put(
            Tokens.managerGz(),
            "/api/v1/reservations/" + r + "/usage",
            "{\"usageStart\":\""
                + t(2, "10:00")
                + "\",\"usageEnd\":\""
                + t(2, "10:55")
                + "\",\"samples\":0,\"reason\":\"greater-of bills the booked hour anyway\"}")
        .then()
        .statusCode(200);
    assertThat(BillingFixtures.ledgerRows()).isEqualTo(rows);
    given()
        .auth()
        .oauth2(Tokens.researcherFs())
        .get("/api/v1/charges/" + BillingFixtures.charges(gz, r).getLong("items[0].id"))
        .then()
        .statusCode(404);
  }
}
