package org.anjian.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.anjian.account.boundary.SecurityAudit;
import org.anjian.account.boundary.SecurityEventRow;
import org.anjian.account.entity.SecurityEventType;
import org.anjian.web.platform.PagedRows;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/** 安全审计: security events of the caller's jurisdiction, newest first, by type and username. */
@Named
@ViewScoped
public class AuditTrail implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityAudit audit;

  private SecurityEventType type;
  private String username;

  private final PagedRows<SecurityEventRow> rows =
      new PagedRows<>(page -> audit.list(page, type, username), SecurityEventRow::id);

  /** A new search starts on the first page. */
  public void search() {
    Components.<DataTable>findComponent("list:events").setFirst(0);
  }

  public List<SecurityEventType> getTypes() {
    return List.of(SecurityEventType.values());
  }

  public PagedRows<SecurityEventRow> getRows() {
    return rows;
  }

  public SecurityEventType getType() {
    return type;
  }

  public void setType(SecurityEventType type) {
    this.type = type;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }
}
