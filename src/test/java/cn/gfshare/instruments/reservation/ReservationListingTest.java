package cn.gfshare.instruments.reservation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.CatalogFixtures;
import cn.gfshare.instruments.support.Slots;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who sees which reservations, and the list filters. */
@QuarkusTest
class ReservationListingTest {

  long gzLab;
  long fsLab;
  long gzInstrument;
  long fsInstrument;
  long gzOnGz;
  long gzOnFs;
  long fsOnGz;
  long fsOnFs;

  @BeforeEach
  void bookings() {
    gzLab = CatalogFixtures.lab("SYSU", "Asia/Shanghai", "manager-gz");
    fsLab = CatalogFixtures.lab("JIHUA", "Asia/Shanghai", "manager-fs");
    String category = CatalogFixtures.categoryTree()[0];
    gzInstrument = CatalogFixtures.instrument(gzLab, category);
    fsInstrument = CatalogFixtures.instrument(fsLab, category);
    CatalogFixtures.openAllWeek(gzInstrument);
    CatalogFixtures.openAllWeek(fsInstrument);
    gzOnGz = Api.bookOk(Tokens.researcherGz(), gzInstrument, t(3, "10:00"), t(3, "11:00"));
    gzOnFs = Api.bookOk(Tokens.researcherGz(), fsInstrument, t(4, "10:00"), t(4, "11:00"));
    fsOnGz = Api.bookOk(Tokens.researcherFs(), gzInstrument, t(5, "10:00"), t(5, "11:00"));
    fsOnFs = Api.bookOk(Tokens.researcherFs(), fsInstrument, t(6, "10:00"), t(6, "11:00"));
  }

  private static String t(int days, String hhmm) {
    return Slots.iso(Slots.SHANGHAI, days, hhmm);
  }

  @Test
  void researchersSeeOnlyTheirOwnAndOthersAre404() {
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .queryParam("instrumentId", gzInstrument)
        .get("/api/v1/reservations")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items.id", containsInAnyOrder((int) gzOnGz));
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .get("/api/v1/reservations/" + gzOnFs)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.researcherGz())
        .get("/api/v1/reservations/" + fsOnGz)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.finance())
        .get("/api/v1/reservations/" + fsOnGz)
        .then()
        .statusCode(404);
  }

  @Test
  void labManagersSeeTheirLabsReservationsOnly() {
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .queryParam("labId", gzLab)
        .get("/api/v1/reservations")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.id", containsInAnyOrder((int) gzOnGz, (int) fsOnGz));
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .queryParam("labId", fsLab)
        .get("/api/v1/reservations")
        .then()
        .body("total", equalTo(0));
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .get("/api/v1/reservations/" + fsOnGz)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .get("/api/v1/reservations/" + fsOnFs)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .get("/api/v1/reservations/" + gzOnFs)
        .then()
        .statusCode(200);
  }

  @Test
  void platformAdminsSeeAll() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("instrumentId", fsInstrument)
        .get("/api/v1/reservations")
        .then()
        .body("total", equalTo(2));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/reservations/" + gzOnFs)
        .then()
        .statusCode(200);
  }

  @Test
  void filtersByStatusCrossCityAndWindowAndPages() {
    Api.act(Tokens.researcherFs(), fsOnGz, "cancel").then().statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .queryParam("labId", gzLab)
        .queryParam("status", "CANCELLED")
        .get("/api/v1/reservations")
        .then()
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) fsOnGz));
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .queryParam("labId", gzLab)
        .queryParam("status", "confirmed,cancelled")
        .get("/api/v1/reservations")
        .then()
        .body("total", equalTo(2));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("instrumentId", fsInstrument)
        .queryParam("crossCity", true)
        .get("/api/v1/reservations")
        .then()
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) gzOnFs));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("instrumentId", fsInstrument)
        .queryParam("from", t(6, "00:00"))
        .queryParam("to", t(7, "00:00"))
        .get("/api/v1/reservations")
        .then()
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) fsOnFs));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("labId", fsLab)
        .queryParam("size", 1)
        .queryParam("page", 1)
        .get("/api/v1/reservations")
        .then()
        .body("total", equalTo(2))
        .body("items", hasSize(1))
        .body("items[0].id", equalTo((int) fsOnFs))
        .body("page", equalTo(1))
        .body("size", equalTo(1));
  }

  @Test
  void badFiltersAre422() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("status", "SLEEPING")
        .get("/api/v1/reservations")
        .then()
        .statusCode(422)
        .body("rule", equalTo("status"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("from", "yesterday")
        .get("/api/v1/reservations")
        .then()
        .statusCode(422)
        .body("rule", equalTo("datetime-format"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("size", 1000)
        .get("/api/v1/reservations")
        .then()
        .statusCode(422)
        .body("rule", equalTo("paging"));
  }
}
