package dev.bellwether.devorg.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts the planned book through a {@link SeedSink}, one object type at a time in dependency
 * order, so every lookup it passes is an Id the sink already returned.
 *
 * <p>Fields go in a {@link LinkedHashMap} so a sink sees them in a stable order, and only the
 * standard fields the devorg schema has are set.
 */
final class CrmRecordWriter {
  private final SeedSink sink;

  CrmRecordWriter(SeedSink sink) {
    this.sink = sink;
  }

  SeededIds write(BookOfBusiness book) {
    List<String> users = users(book.team());
    List<AccountPlan> plans = book.accounts();
    List<String> accounts = new ArrayList<>(plans.size());
    for (AccountPlan plan : plans) {
      accounts.add(account(plan, users));
    }
    List<List<String>> contacts = new ArrayList<>(plans.size());
    for (int i = 0; i < plans.size(); i++) {
      contacts.add(contacts(plans.get(i), accounts.get(i), owner(plans.get(i), users)));
    }
    List<List<String>> contracts = new ArrayList<>(plans.size());
    for (int i = 0; i < plans.size(); i++) {
      contracts.add(contracts(plans.get(i), accounts.get(i), owner(plans.get(i), users)));
    }
    for (int i = 0; i < plans.size(); i++) {
      opportunities(plans.get(i), accounts.get(i), contracts.get(i), owner(plans.get(i), users));
    }
    for (int i = 0; i < plans.size(); i++) {
      cases(plans.get(i), accounts.get(i), contacts.get(i), owner(plans.get(i), users));
    }
    for (int i = 0; i < plans.size(); i++) {
      tasks(plans.get(i), accounts.get(i), owner(plans.get(i), users));
    }
    return new SeededIds(users, accounts, contacts);
  }

  private List<String> users(List<TeamMember> team) {
    List<String> ids = new ArrayList<>(team.size());
    String managerId = null;
    for (TeamMember member : team) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("Username", member.username());
      f.put("FirstName", member.firstName());
      f.put("LastName", member.lastName());
      f.put("Email", member.email());
      f.put("Alias", member.alias());
      f.put("Title", member.title());
      f.put("Department", "Customer Success");
      f.put("IsActive", Boolean.TRUE);
      if (!member.isManager() && managerId != null) {
        f.put("ManagerId", managerId);
      }
      f.put("TimeZoneSidKey", member.timeZone());
      f.put("LocaleSidKey", member.locale());
      f.put("LanguageLocaleKey", member.language());
      String id = sink.insert("User", f);
      if (member.isManager()) {
        managerId = id;
      }
      ids.add(id);
    }
    return ids;
  }

  private String account(AccountPlan plan, List<String> users) {
    AccountProfile p = plan.profile();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Name", p.name());
    f.put("Type", p.type());
    f.put("Industry", p.industry().label);
    f.put("AnnualRevenue", p.annualRevenue());
    f.put("NumberOfEmployees", p.employees());
    f.put("BillingCity", p.location().city());
    if (p.location().state() != null) {
      f.put("BillingState", p.location().state());
    }
    f.put("BillingCountry", p.location().country());
    f.put("Phone", p.phone());
    f.put("Website", p.company().website());
    f.put("OwnerId", owner(plan, users));
    f.put("Rating", p.rating());
    f.put("Description", description(plan));
    f.put("AccountNumber", p.accountNumber());
    return sink.insert("Account", f);
  }

  private static String description(AccountPlan plan) {
    AccountProfile p = plan.profile();
    String who = p.segment().label + " " + p.industry().label + " "
        + (p.prospect() ? "prospect" : "customer") + " in " + p.location().city() + " ("
        + p.location().market().region + ").";
    AccountHistory h = plan.history();
    return h.customer() ? who + " Customer since " + h.customerSince() + "." : who;
  }

  private List<String> contacts(AccountPlan plan, String accountId, String ownerId) {
    List<String> ids = new ArrayList<>(plan.contacts().size());
    for (PlannedContact c : plan.contacts()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("FirstName", c.name().firstName());
      f.put("LastName", c.name().lastName());
      f.put("Email", c.email());
      f.put("Phone", c.phone());
      f.put("Title", c.title());
      f.put("AccountId", accountId);
      f.put("OwnerId", ownerId);
      ids.add(sink.insert("Contact", f));
    }
    return ids;
  }

  private List<String> contracts(AccountPlan plan, String accountId, String ownerId) {
    List<String> ids = new ArrayList<>(plan.history().contracts().size());
    for (PlannedContract c : plan.history().contracts()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("AccountId", accountId);
      f.put("Status", c.status());
      f.put("StartDate", c.start());
      f.put("ContractTerm", c.months());
      f.put("OwnerId", ownerId);
      f.put("Description", c.description());
      ids.add(sink.insert("Contract", f));
    }
    return ids;
  }

  private void opportunities(AccountPlan plan, String accountId, List<String> contractIds,
      String ownerId) {
    for (PlannedOpportunity o : plan.history().opportunities()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("Name", o.name());
      f.put("AccountId", accountId);
      if (o.contractKey() != null) {
        f.put("ContractId", contractIds.get(o.contractKey()));
      }
      f.put("StageName", o.stage());
      f.put("CloseDate", o.closeDate());
      f.put("Amount", o.amount());
      f.put("Type", o.type());
      f.put("OwnerId", ownerId);
      f.put("Description", o.description());
      sink.insert("Opportunity", f);
    }
  }

  private void cases(AccountPlan plan, String accountId, List<String> contactIds,
      String ownerId) {
    for (PlannedCase c : plan.cases()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("Subject", c.subject());
      f.put("Description", c.description());
      f.put("Status", c.status());
      f.put("Priority", c.priority());
      f.put("Origin", c.origin());
      f.put("Type", c.type());
      f.put("AccountId", accountId);
      f.put("ContactId", contactIds.get(c.contactIndex()));
      f.put("OwnerId", ownerId);
      if (c.isClosed()) {
        f.put("ClosedDate", c.closed());
      }
      f.put("CreatedDate", c.created());
      sink.insert("Case", f);
    }
  }

  private void tasks(AccountPlan plan, String accountId, String ownerId) {
    for (PlannedTask t : plan.tasks()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("Subject", t.subject());
      f.put("Status", t.status());
      f.put("Priority", t.priority());
      f.put("ActivityDate", t.activityDate());
      f.put("WhatId", accountId);
      f.put("OwnerId", ownerId);
      f.put("Type", t.type());
      f.put("Description", t.description());
      sink.insert("Task", f);
    }
  }

  private static String owner(AccountPlan plan, List<String> users) {
    return users.get(plan.profile().ownerIndex());
  }
}
