package dev.bellwether.devorg.soql;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The org most tests query, created in this order:
 *
 * <pre>
 * Users     Ada Admin (admin), Bob Baker (manager: Ada)
 * Accounts  Acme Corp   Banking 500   owner Ada  revenue 1000000.50  created 2026-01-15T12:00Z
 *           Globex      Energy  50    owner Bob                      created 2026-06-01T00:00Z
 *           Initech     Banking null  owner Bob  Austin              created 2026-11-20T10:00Z
 *           acorn       null    120   owner Ada  parent Acme Corp    created 2026-11-22T08:00Z
 *           Stark_Industries 100%  Energy 5000  owner Ada            created 2026-11-23T09:00Z
 *           Deleted Co  (deleted), Gone Parent (deleted, parent of contact Child)
 * Contacts  Smith (Acme Corp), Jones (Globex), Orphan (no account), Child (Gone Parent)
 * Opps      Acme Deal (Acme, Prospecting, 2026-12-01, 100), Globex Deal (Globex, Closed Won,
 *           2026-11-01, 250.5), Acme Renewal (Acme, Closed Won, 2025-06-15, 300)
 * </pre>
 */
final class SampleOrg {
  final SoqlFixture org = new SoqlFixture();
  final String ada = org.adminId;
  final String bob;
  final String acme;
  final String globex;
  final String initech;
  final String acorn;
  final String stark;
  final String deletedCo;
  final String smith;

  SampleOrg() {
    bob = org.create("User", "Username", "bob@bw.test", "FirstName", "Bob", "LastName", "Baker",
        "ManagerId", ada);
    acme = org.create("Account", "Name", "Acme Corp", "Industry", "Banking", "NumberOfEmployees", 500,
        "AnnualRevenue", new BigDecimal("1000000.50"), "Rating", "Hot", "CreatedDate", "2026-01-15T12:00:00Z");
    globex = org.create("Account", "Name", "Globex", "Industry", "Energy", "NumberOfEmployees", 50,
        "OwnerId", bob, "CreatedDate", "2026-06-01T00:00:00Z");
    initech = org.create("Account", "Name", "Initech", "Industry", "Banking", "OwnerId", bob,
        "BillingCity", "Austin", "CreatedDate", "2026-11-20T10:00:00Z");
    acorn = org.create("Account", "Name", "acorn", "NumberOfEmployees", 120, "ParentId", acme,
        "CreatedDate", "2026-11-22T08:00:00Z");
    stark = org.create("Account", "Name", "Stark_Industries 100%", "Industry", "Energy",
        "NumberOfEmployees", 5000, "CreatedDate", "2026-11-23T09:00:00Z");
    deletedCo = org.create("Account", "Name", "Deleted Co", "Industry", "Banking");
    String goneParent = org.create("Account", "Name", "Gone Parent");
    smith = org.create("Contact", "LastName", "Smith", "AccountId", acme);
    org.create("Contact", "LastName", "Jones", "AccountId", globex);
    org.create("Contact", "LastName", "Orphan");
    org.create("Contact", "LastName", "Child", "AccountId", goneParent);
    org.create("Opportunity", "Name", "Acme Deal", "AccountId", acme, "StageName", "Prospecting",
        "CloseDate", LocalDate.parse("2026-12-01"), "Amount", 100);
    org.create("Opportunity", "Name", "Globex Deal", "AccountId", globex, "StageName", "Closed Won",
        "CloseDate", LocalDate.parse("2026-11-01"), "Amount", new BigDecimal("250.5"));
    org.create("Opportunity", "Name", "Acme Renewal", "AccountId", acme, "StageName", "Closed Won",
        "CloseDate", LocalDate.parse("2025-06-15"), "Amount", 300);
    org.delete(deletedCo);
    org.delete(goneParent);
  }
}
