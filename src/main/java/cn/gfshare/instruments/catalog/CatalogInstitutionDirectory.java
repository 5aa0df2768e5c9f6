package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.security.InstitutionDirectory;
import cn.gfshare.instruments.security.InstitutionRef;
import cn.gfshare.instruments.security.InstitutionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Institutions and recorded affiliations from the catalog's tables. Every signed-in request asks
 * this once, so it is one plain statement: outside a transaction it runs in autocommit (one round
 * trip, no BEGIN/COMMIT and no session), inside one the pool enlists the connection in it.
 */
@ApplicationScoped
public class CatalogInstitutionDirectory implements InstitutionDirectory {

  private static final String REF =
      "SELECT i.id, i.code, i.name_zh, i.name_en, i.city_code, i.type FROM institution i";

  @Inject DataSource dataSource;

  @Override
  public Optional<InstitutionRef> byCode(String code) {
    return one(REF + " WHERE i.code = ?", code);
  }

  @Override
  public Optional<InstitutionRef> affiliationOf(String username) {
    return one(
        REF + " JOIN user_affiliation a ON a.institution_id = i.id WHERE a.username = ?", username);
  }

  private Optional<InstitutionRef> one(String sql, String key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new InstitutionRef(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                InstitutionType.valueOf(rs.getString(6))));
      }
    } catch (SQLException e) {
      // keeps the SQLState, so a lost database still answers 503 (DatabaseOutageProblems)
      throw new PersistenceException("institution lookup failed", e);
    }
  }
}
