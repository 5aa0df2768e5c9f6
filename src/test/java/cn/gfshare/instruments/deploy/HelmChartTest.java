package cn.gfshare.instruments.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.Release;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders the Helm chart with an embedded Helm engine (helm-java), so the chart is checked on every
 * build without a helm binary or a cluster. Plain JUnit: no Quarkus application is started.
 */
class HelmChartTest {

  // Surefire runs with the project base dir as working directory.
  private static final Path CHART = Paths.get("helm", "gf-instruments");

  // A release name containing the chart name keeps every resource name at "gf-instruments".
  private static final String RELEASE = "gf-instruments";

  // The embedded engine assumes Kubernetes 1.20 unless told otherwise, which is below the chart's
  // kubeVersion (>=1.23, for autoscaling/v2 and policy/v1).
  private static final String KUBE_VERSION = "1.30.0";

  @Test
  void chartPassesStrictLint() {
    LintResult result = new Helm(CHART).lint().strict().call();

    assertThat(result.isFailed()).as("lint messages: %s", result.getMessages()).isFalse();
  }

  @Test
  void defaultRenderHasDeploymentServiceConfigMapHpaPdbAndNoIngress() {
    Rendered r = render(template());

    assertThat(r.kinds())
        .contains(
            "Deployment",
            "Service",
            "ConfigMap",
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget",
            "ServiceAccount")
        .doesNotContain("Ingress");
    assertThat(r.one("HorizontalPodAutoscaler").get("apiVersion")).isEqualTo("autoscaling/v2");
    assertThat(r.one("PodDisruptionBudget").get("apiVersion")).isEqualTo("policy/v1");
    assertThat(at(r.one("Service"), "spec", "type")).isEqualTo("ClusterIP");
  }

  @Test
  void containerProbesHitQuarkusHealthEndpointsOnTheHttpPort() {
    Map<String, Object> container = container(render(template()));

    assertThat(at(container, "startupProbe", "httpGet", "path")).isEqualTo("/q/health/started");
    assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/q/health/live");
    assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/q/health/ready");
    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
      assertThat(at(container, probe, "httpGet", "port")).as(probe).isEqualTo("http");
    }
    assertThat(map(at(container, "ports", 0)))
        .containsEntry("name", "http")
        .containsEntry("containerPort", 8080);
  }

  @Test
  void credentialsComeFromPreExistingSecretsAndSettingsFromTheConfigMap() {
    Rendered r = render(template());
    Map<String, Map<String, Object>> env = envByName(container(r));

    assertThat(secretRef(env, "QUARKUS_DATASOURCE_USERNAME"))
        .containsEntry("name", "gf-db")
        .containsEntry("key", "username");
    assertThat(secretRef(env, "QUARKUS_DATASOURCE_PASSWORD"))
        .containsEntry("name", "gf-db")
        .containsEntry("key", "password");
    assertThat(secretRef(env, "QUARKUS_OIDC_CREDENTIALS_SECRET"))
        .containsEntry("name", "gf-oidc")
        .containsEntry("key", "client-secret");

    Map<String, Object> configMap = r.one("ConfigMap");
    Map<String, Object> configData = map(configMap.get("data"));
    for (String key :
        List.of(
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_OIDC_AUTH_SERVER_URL",
            "QUARKUS_OIDC_CLIENT_ID",
            "GF_DEMO_DATA_ENABLED")) {
      assertThat(env).containsKey(key);
      assertThat(map(at(env.get(key), "valueFrom", "configMapKeyRef")))
          .as(key)
          .containsEntry("name", name(configMap))
          .containsEntry("key", key);
      assertThat(configData).containsKey(key);
    }
    assertThat(configData).containsEntry("GF_DEMO_DATA_ENABLED", "false");
    // The chart only references Secrets; no credential may ever be rendered into a manifest.
    assertThat(r.kinds()).doesNotContain("Secret");
  }

  @Test
  void databaseSecretNameAndKeysAreConfigurable() {
    Map<String, Map<String, Object>> env =
        envByName(
            container(
                render(
                    template()
                        .set("database.existingSecret", "prod-db")
                        .set("database.usernameKey", "user")
                        .set("database.passwordKey", "pass"))));

    assertThat(secretRef(env, "QUARKUS_DATASOURCE_USERNAME"))
        .containsEntry("name", "prod-db")
        .containsEntry("key", "user");
    assertThat(secretRef(env, "QUARKUS_DATASOURCE_PASSWORD"))
        .containsEntry("name", "prod-db")
        .containsEntry("key", "pass");
  }

  @Test
  void publicOidcClientGetsNoClientSecretVariable() {
    Map<String, Map<String, Object>> env =
        envByName(container(render(template().set("oidc.existingSecret", ""))));

    assertThat(env)
        .doesNotContainKey("QUARKUS_OIDC_CREDENTIALS_SECRET")
        .containsKey("QUARKUS_OIDC_CLIENT_ID");
  }

  @Test
  void podRunsAsNonRootWithReadOnlyRootFilesystemAndWritableTmp() {
    Map<String, Object> podSpec = podSpec(render(template()));
    Map<String, Object> container = map(at(podSpec, "containers", 0));

    assertThat(map(podSpec.get("securityContext")))
        .containsEntry("runAsNonRoot", true)
        .containsEntry("runAsUser", 185);
    assertThat(map(container.get("securityContext")))
        .containsEntry("runAsNonRoot", true)
        .containsEntry("readOnlyRootFilesystem", true)
        .containsEntry("allowPrivilegeEscalation", false);
    assertThat(list(container.get("volumeMounts")))
        .anySatisfy(
            m ->
                assertThat(map(m)).containsEntry("name", "tmp").containsEntry("mountPath", "/tmp"));
    assertThat(list(podSpec.get("volumes")))
        .anySatisfy(v -> assertThat(map(v)).containsEntry("name", "tmp").containsKey("emptyDir"));
  }

  @Test
  void podsCarryPrometheusScrapeAnnotationsAndConfigChecksum() {
    Map<String, Object> annotations = podAnnotations(render(template()));

    assertThat(annotations)
        .containsEntry("prometheus.io/scrape", "true")
        .containsEntry("prometheus.io/path", "/q/metrics")
        .containsEntry("prometheus.io/port", "8080")
        .containsKey("checksum/config");
  }

  @Test
  void changingTheConfigMapChangesTheChecksumSoPodsRollOut() {
    Object before = podAnnotations(render(template())).get("checksum/config");
    Object after =
        podAnnotations(render(template().set("demoData.enabled", true))).get("checksum/config");

    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void deploymentLeavesReplicasToTheHpaByDefault() {
    Rendered r = render(template());
    Map<String, Object> hpa = r.one("HorizontalPodAutoscaler");

    assertThat(map(r.one("Deployment").get("spec"))).doesNotContainKey("replicas");
    assertThat(map(hpa.get("spec")))
        .containsEntry("minReplicas", 2)
        .containsEntry("maxReplicas", 6);
    assertThat(map(at(hpa, "spec", "scaleTargetRef")))
        .containsEntry("kind", "Deployment")
        .containsEntry("name", name(r.one("Deployment")));
    assertThat(at(hpa, "spec", "metrics", 0, "resource", "name")).isEqualTo("cpu");
    assertThat(at(hpa, "spec", "metrics", 0, "resource", "target", "averageUtilization"))
        .isEqualTo(70);
    assertThat(at(r.one("PodDisruptionBudget"), "spec", "minAvailable")).isEqualTo(1);
  }

  @Test
  void serviceAndPdbSelectTheDeploymentPods() {
    Rendered r = render(template());
    Map<String, Object> podLabels =
        map(at(r.one("Deployment"), "spec", "template", "metadata", "labels"));

    assertThat(podLabels)
        .containsAllEntriesOf(map(at(r.one("Service"), "spec", "selector")))
        .containsAllEntriesOf(
            map(at(r.one("PodDisruptionBudget"), "spec", "selector", "matchLabels")));
    assertThat(map(at(r.one("Service"), "spec", "ports", 0)))
        .containsEntry("targetPort", "http")
        .containsEntry("port", 8080);
  }

  @Test
  void imageTagDefaultsToTheChartAppVersion() {
    assertThat(container(render(template())).get("image")).isEqualTo("gf-instruments:1.0.0");
    assertThat(container(render(template().set("image.tag", "abc123"))).get("image"))
        .isEqualTo("gf-instruments:abc123");
  }

  @Test
  void nonDefaultValuesGiveIngressFixedReplicasAndNoHpaOrPdb(@TempDir Path dir) throws IOException {
    Path values = dir.resolve("prod-values.yaml");
    Files.writeString(
        values,
        String.join(
            "\n",
            "replicaCount: 3",
            "autoscaling:",
            "  enabled: false",
            "podDisruptionBudget:",
            "  enabled: false",
            "ingress:",
            "  enabled: true",
            "  className: nginx",
            "  hosts:",
            "    - host: instruments.gf.test",
            "      paths:",
            "        - path: /",
            "          pathType: Prefix",
            "  tls:",
            "    - secretName: gf-tls",
            "      hosts: [instruments.gf.test]",
            ""));

    Rendered r = render(template().withValuesFile(values));

    assertThat(r.kinds())
        .contains("Ingress")
        .doesNotContain("HorizontalPodAutoscaler", "PodDisruptionBudget");
    assertThat(r.raw()).contains("replicas: 3");
    assertThat(at(r.one("Deployment"), "spec", "replicas")).isEqualTo(3);
    Map<String, Object> ingress = r.one("Ingress");
    assertThat(ingress.get("apiVersion")).isEqualTo("networking.k8s.io/v1");
    assertThat(at(ingress, "spec", "ingressClassName")).isEqualTo("nginx");
    assertThat(at(ingress, "spec", "rules", 0, "host")).isEqualTo("instruments.gf.test");
    assertThat(map(at(ingress, "spec", "rules", 0, "http", "paths", 0, "backend", "service")))
        .containsEntry("name", name(r.one("Service")))
        .containsEntry("port", Map.of("number", 8080));
    assertThat(at(ingress, "spec", "tls", 0, "secretName")).isEqualTo("gf-tls");
  }

  // Helm turns a --set value that looks like a number or boolean into that type, so "three" stays a
  // string and must be refused by the schema's "integer" type just as 0 is by its minimum.
  @ParameterizedTest(name = "{0}={1} is rejected")
  @CsvSource({
    "replicaCount, 0",
    "replicaCount, three",
    "autoscaling.maxReplicas, 0",
    "autoscaling.targetCPUUtilizationPercentage, 150",
    "securityContext.runAsNonRoot, false",
    "podSecurityContext.runAsNonRoot, false",
    "image.pullPolicy, Sometimes",
    "service.port, 70000",
    "database.existingSecret, ''",
    "database.jdbcUrl, postgres://db/gf",
    "replicaCuont, 2"
  })
  void invalidValuesAreRejectedByTheSchema(String key, String value) {
    // Helm names the offending value by its JSON pointer ("/autoscaling/maxReplicas") or, for an
    // unknown key, by its name: either way the key's path is in the message.
    assertThatThrownBy(() -> template().set(key, value).call())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("schema")
        .hasMessageContaining(key.replace('.', '/'));
  }

  @Test
  void enabledIngressWithoutHostsIsRejectedByTheSchema() {
    assertThatThrownBy(
            () -> template().set("ingress.enabled", true).set("ingress.hosts", "{}").call())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("schema")
        .hasMessageContaining("/ingress/hosts");
  }

  // JSON schema cannot compare two values, so the chart checks this one itself.
  @Test
  void hpaWithMaxBelowMinIsRejected() {
    assertThatThrownBy(
            () ->
                template()
                    .set("autoscaling.minReplicas", 4)
                    .set("autoscaling.maxReplicas", 3)
                    .call())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("maxReplicas must be >= autoscaling.minReplicas");
  }

  @Test
  void installNotesNameTheSecretsThatMustExistBeforehand() {
    // NOTES.txt is rendered by install, not by template; a client-only dry run needs no cluster.
    Release release =
        new Helm(CHART)
            .install()
            .withName(RELEASE)
            .withNamespace("gf")
            .withKubeVersion(KUBE_VERSION)
            .clientOnly()
            .dryRun()
            .withDryRunOption(DryRun.CLIENT)
            .call();

    assertThat(release.getOutput())
        .contains("Secret \"gf-db\"", "Secret \"gf-oidc\"")
        .contains("kubectl -n gf get secret gf-db gf-oidc")
        .contains("port-forward svc/gf-instruments");
  }

  // --- helpers -------------------------------------------------------------------------------

  private static TemplateCommand template() {
    return new Helm(CHART)
        .template()
        .withName(RELEASE)
        .withNamespace("gf")
        .withKubeVersion(KUBE_VERSION);
  }

  private static Rendered render(TemplateCommand command) {
    String out = command.call();
    List<Map<String, Object>> docs = new ArrayList<>();
    for (Object doc : new Yaml().loadAll(out)) {
      if (doc != null) {
        docs.add(map(doc));
      }
    }
    return new Rendered(out, docs);
  }

  private record Rendered(String raw, List<Map<String, Object>> docs) {

    List<String> kinds() {
      return docs.stream().map(d -> (String) d.get("kind")).collect(Collectors.toList());
    }

    Map<String, Object> one(String kind) {
      List<Map<String, Object>> found =
          docs.stream().filter(d -> kind.equals(d.get("kind"))).collect(Collectors.toList());
      assertThat(found).as("rendered %s documents", kind).hasSize(1);
      return found.get(0);
    }
  }

  /** Walks a parsed YAML tree: a String step is a map key, an Integer step a list index. */
  private static Object at(Object root, Object... steps) {
    Object node = root;
    for (Object step : steps) {
      node = step instanceof Integer i ? list(node).get(i) : map(node).get(step);
      assertThat(node).as("node at %s", List.of(steps)).isNotNull();
    }
    return node;
  }

  private static Map<String, Object> podSpec(Rendered r) {
    return map(at(r.one("Deployment"), "spec", "template", "spec"));
  }

  private static Map<String, Object> podAnnotations(Rendered r) {
    return map(at(r.one("Deployment"), "spec", "template", "metadata", "annotations"));
  }

  private static Map<String, Object> container(Rendered r) {
    List<Object> containers = list(podSpec(r).get("containers"));
    assertThat(containers).hasSize(1);
    return map(containers.get(0));
  }

  private static Map<String, Map<String, Object>> envByName(Map<String, Object> container) {
    return list(container.get("env")).stream()
        .map(HelmChartTest::map)
        .collect(Collectors.toMap(e -> (String) e.get("name"), e -> e));
  }

  private static Map<String, Object> secretRef(Map<String, Map<String, Object>> env, String name) {
    assertThat(env).containsKey(name);
    return map(at(env.get(name), "valueFrom", "secretKeyRef"));
  }

  private static String name(Map<String, Object> doc) {
    return (String) at(doc, "metadata", "name");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    assertThat(o).isInstanceOf(Map.class);
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    assertThat(o).isInstanceOf(List.class);
    return (List<Object>) o;
  }
}
