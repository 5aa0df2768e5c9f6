package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.ForbiddenProblem;
import cn.gfshare.instruments.security.Caller;
import cn.gfshare.instruments.security.Roles;
import java.util.List;
import java.util.Set;

/**
 * Who may change what in a lab: its managers (listed on the lab and holding the lab-manager role),
 * platform admins, and the platform's own system actors. The one definition of "manages this lab"
 * for the catalog, availability and reservations alike.
 */
public final class LabAccess {

  private LabAccess() {}

  public static boolean manages(Caller caller, Lab lab) {
    return managesAmong(caller, lab.managers);
  }

  /** As {@link #manages(Caller, Lab)}, given the usernames listed as the lab's managers. */
  public static boolean managesAmong(Caller caller, Set<String> managers) {
    return caller.isPlatformAdmin()
        || caller.system()
        || caller.hasRole(Roles.LAB_MANAGER)
            && caller.username() != null
            && managers.contains(caller.username());
  }

  /**
   * The lab a new instrument or expert goes into: a missing lab id, an unknown lab or a missing
   * code is added to {@code violations} (so one 422 lists every bad field); a lab the caller does
   * not manage is a 403 at once. Returns null when the lab could not be found.
   */
  public static Lab labToCreateIn(
      Long labId, String code, List<FieldViolation> violations, Caller caller) {
    Lab lab = null;
    if (labId == null) {
      violations.add(FieldViolation.body("labId", "must not be null"));
    } else {
      lab = Lab.findById(labId);
      if (lab == null) {
        violations.add(FieldViolation.body("labId", "no lab " + labId));
      }
    }
    if (code == null) {
      violations.add(FieldViolation.body("code", "must not be null"));
    }
    if (lab != null) {
      requireManager(caller, lab);
    }
    return lab;
  }

  public static void requireManager(Caller caller, Lab lab) {
    if (!manages(caller, lab)) {
      throw new ForbiddenProblem(
          "not-lab-manager",
          "Only managers of lab " + lab.code + " and platform admins may change it");
    }
  }
}
