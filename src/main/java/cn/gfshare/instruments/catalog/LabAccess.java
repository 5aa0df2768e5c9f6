package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.common.problem.ForbiddenProblem;
import cn.gfshare.instruments.security.Caller;
import cn.gfshare.instruments.security.Roles;

/** Who may change what in a lab: its managers (with the lab-manager role) and platform admins. */
public final class LabAccess {

  private LabAccess() {}

  public static boolean manages(Caller caller, Lab lab) {
    return caller.isPlatformAdmin()
        || caller.hasRole(Roles.LAB_MANAGER)
            && caller.username() != null
            && lab.managers.contains(caller.username());
  }

  public static void requireManager(Caller caller, Lab lab) {
    if (!manages(caller, lab)) {
      throw new ForbiddenProblem(
          "not-lab-manager",
          "Only managers of lab " + lab.code + " and platform admins may change it");
    }
  }
}
