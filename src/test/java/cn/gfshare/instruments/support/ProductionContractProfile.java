package cn.gfshare.instruments.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The test settings with the switches that change the API set as in production, so the served
 * contract is the one partners see. Only the benchmark generator differs today.
 */
public class ProductionContractProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("gf.scale-data.enabled", "false");
  }
}
