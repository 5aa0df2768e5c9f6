package cn.gfshare.instruments.security;

/** Keycloak realm roles of the gf-instruments realm. */
public final class Roles {
  public static final String RESEARCHER = "researcher";
  public static final String LAB_MANAGER = "lab-manager";
  public static final String FINANCE = "finance";
  public static final String PLATFORM_ADMIN = "platform-admin";
  public static final String PARTNER = "partner";

  private Roles() {}
}
