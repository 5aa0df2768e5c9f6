package cn.gfshare.instruments.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.catalog.Institution;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed Keycloak realm is what operators import: it must hold the roles, clients and demo
 * users the service and the README promise, and its users' institution codes must exist in the demo
 * data.
 */
@QuarkusTest
class RealmExportTest {

  private static JsonNode realm;

  @BeforeAll
  static void read() throws Exception {
    realm = new ObjectMapper().readTree(Path.of("src", "main", "keycloak", "realm.json").toFile());
  }

  @Test
  void realmHasTheServiceRoles() {
    assertThat(realm.path("realm").asText()).isEqualTo("gf-instruments");
    assertThat(realm.path("enabled").asBoolean()).isTrue();
    assertThat(names(realm.path("roles").path("realm"), "name"))
        .contains(
            Roles.RESEARCHER,
            Roles.LAB_MANAGER,
            Roles.FINANCE,
            Roles.PLATFORM_ADMIN,
            Roles.PARTNER);
  }

  @Test
  void clientsAreConfiguredForTheirGrants() {
    JsonNode api = client("gf-instruments-api").orElseThrow();
    assertThat(api.path("publicClient").asBoolean()).isFalse();
    assertThat(api.path("secret").asText()).isNotBlank();

    JsonNode cli = client("gf-instruments-cli").orElseThrow();
    assertThat(cli.path("publicClient").asBoolean()).isTrue();
    assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();

    JsonNode partner = client("partner-portal-demo").orElseThrow();
    assertThat(partner.path("publicClient").asBoolean()).isFalse();
    assertThat(partner.path("serviceAccountsEnabled").asBoolean()).isTrue();
    assertThat(partner.path("secret").asText()).isEqualTo("partner-portal-demo-secret");
    assertThat(roles(user("service-account-partner-portal-demo").orElseThrow()))
        .contains(Roles.PARTNER);
  }

  @Test
  void demoUsersHaveTheirRoleAndPasswordEqualToTheirName() {
    Map<String, String> expected =
        Map.of(
            "researcher-gz", Roles.RESEARCHER,
            "researcher-fs", Roles.RESEARCHER,
            "manager-gz", Roles.LAB_MANAGER,
            "manager-fs", Roles.LAB_MANAGER,
            "finance", Roles.FINANCE,
            "admin", Roles.PLATFORM_ADMIN);
    expected.forEach(
        (name, role) -> {
          JsonNode u = user(name).orElseThrow(() -> new AssertionError("missing user " + name));
          assertThat(u.path("enabled").asBoolean()).as(name).isTrue();
          assertThat(roles(u)).as(name).contains(role);
          JsonNode password =
              StreamSupport.stream(u.path("credentials").spliterator(), false)
                  .filter(c -> "password".equals(c.path("type").asText()))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError("no password for " + name));
          assertThat(password.path("value").asText()).as(name).isEqualTo(name);
          assertThat(password.path("temporary").asBoolean()).as(name).isFalse();
        });
  }

  @Test
  void institutionAttributesNameInstitutionsOfTheDemoData() {
    List<String> codes = new ArrayList<>();
    realm
        .path("users")
        .forEach(u -> u.path("attributes").path("institution").forEach(c -> codes.add(c.asText())));
    assertThat(codes).isNotEmpty();
    codes.forEach(code -> assertThat(Institution.findByCode(code)).as(code).isPresent());
  }

  @Test
  void institutionClaimIsMappedIntoAccessTokens() {
    List<JsonNode> mappers = new ArrayList<>();
    realm.path("clients").forEach(c -> c.path("protocolMappers").forEach(mappers::add));
    realm.path("clientScopes").forEach(s -> s.path("protocolMappers").forEach(mappers::add));
    assertThat(mappers)
        .anySatisfy(
            m -> {
              assertThat(m.path("config").path("claim.name").asText())
                  .isEqualTo(CallerResolver.INSTITUTION_CLAIM);
              assertThat(m.path("config").path("access.token.claim").asText()).isEqualTo("true");
            });
  }

  private static Optional<JsonNode> client(String id) {
    return StreamSupport.stream(realm.path("clients").spliterator(), false)
        .filter(c -> id.equals(c.path("clientId").asText()))
        .findFirst();
  }

  private static Optional<JsonNode> user(String name) {
    return StreamSupport.stream(realm.path("users").spliterator(), false)
        .filter(u -> name.equals(u.path("username").asText()))
        .findFirst();
  }

  private static List<String> roles(JsonNode user) {
    List<String> r = new ArrayList<>();
    user.path("realmRoles").forEach(n -> r.add(n.asText()));
    return r;
  }

  private static List<String> names(JsonNode array, String field) {
    List<String> r = new ArrayList<>();
    array.forEach(n -> r.add(n.path(field).asText()));
    return r;
  }
}
