package cn.gfshare.instruments.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import cn.gfshare.instruments.catalog.InstrumentStatus;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoDataTest {

  @Inject DemoDataWriter writer;

  @Test
  void loadingTwiceAddsNothing() {
    DemoDataWriter.Counts first = writer.load();
    DemoDataWriter.Counts second = writer.load();
    assertThat(second).isEqualTo(first);
    long bookable =
        DemoCatalog.instruments().stream()
            .filter(s -> s.data().status() != InstrumentStatus.RETIRED)
            .count();
    long consulting = DemoCatalog.experts().stream().filter(e -> e.data().consultations()).count();
    assertThat(second)
        .isEqualTo(new DemoDataWriter.Counts(12, 7, 22, 200, 30, 4 * (bookable + consulting)));
  }

  @Test
  void demoManagersManageLabsInTheirCities() {
    given()
        .auth()
        .oauth2(Tokens.managerGz())
        .queryParam("mine", true)
        .queryParam("size", 200)
        .get("/api/v1/labs")
        .then()
        .statusCode(200)
        .body("items.code", hasItems("SYSU-ATC", "SYSU-BIO"))
        .body("items.city", everyItem(equalTo("GZ")));
    given()
        .auth()
        .oauth2(Tokens.managerFs())
        .queryParam("mine", true)
        .queryParam("size", 200)
        .get("/api/v1/labs")
        .then()
        .statusCode(200)
        .body("items.code", hasItems("JIHUA-MNF", "JIHUA-CHAR"))
        .body("items.city", everyItem(equalTo("FS")));
  }

  @Test
  void demoCatalogIsSearchableWithPricesAndExperts() {
    long lab =
        given()
            .queryParam("q", "SYSU-ATC")
            .get("/api/v1/labs")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    given()
        .queryParam("labId", lab)
        .queryParam("size", 50)
        .get("/api/v1/instruments")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("SYSU-ATC-001"));
    long id =
        given()
            .queryParam("q", "SYSU-ATC-001")
            .get("/api/v1/instruments")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    given()
        .get("/api/v1/instruments/" + id)
        .then()
        .statusCode(200)
        .body("rates", hasSize(4))
        .body("rates[0].effectiveFrom", equalTo("2025-01-01"));
    given()
        .queryParam("city", "FS")
        .get("/api/v1/experts")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
    given()
        .queryParam("category", "0102")
        .queryParam("city", "GZ")
        .get("/api/v1/instruments")
        .then()
        .body("items.categoryCode", everyItem(org.hamcrest.Matchers.startsWith("0102")));
  }
}
