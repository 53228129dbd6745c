package dev.bellwether.service.scoring.bench;

import dev.bellwether.store.StoreConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A PostgreSQL database made for one benchmark run on a server the caller names, dropped after. */
final class BenchPostgres {

  private final String adminUrl;
  private final String name;

  private BenchPostgres(String adminUrl, String name) {
    this.adminUrl = adminUrl;
    this.name = name;
  }

  /**
   * @param adminUrl a JDBC URL of a database on the server whose user may create databases, e.g.
   *     {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}
   */
  static BenchPostgres create(String adminUrl) throws SQLException {
    String name = "bw_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return new BenchPostgres(adminUrl, name);
  }

  String url() {
    int path = adminUrl.indexOf('/', "jdbc:postgresql://".length());
    int query = adminUrl.indexOf('?', path);
    return adminUrl.substring(0, path + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
  }

  StoreConfig config() {
    return StoreConfig.server(url(), null, null);
  }

  void drop() throws SQLException {
    try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + name);
    }
  }
}
