package cn.gfshare.instruments.availability;

import cn.gfshare.instruments.catalog.Lab;
import cn.gfshare.instruments.common.problem.ForbiddenProblem;
import cn.gfshare.instruments.security.Caller;

/**
 * Who may manage a lab's resources: its managers (the lab_manager rows platform admins keep) and
 * platform admins.
 */
public final class LabAccess {

  private LabAccess() {}

  public static boolean manages(Caller caller, Lab lab) {
    return caller.isPlatformAdmin() || (caller.username() != null && lab.managers.contains(caller.username()));
  }

  public static void requireManager(Caller caller, Lab lab) {
    if (!manages(caller, lab)) {
      throw new ForbiddenProblem("not-lab-manager", "Only managers of lab " + lab.code + " may do this");
    }
  }
}
