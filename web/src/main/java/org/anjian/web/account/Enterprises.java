package org.anjian.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anjian.account.boundary.AccountFilter;
import org.anjian.account.boundary.EnterpriseDirectory;
import org.anjian.account.boundary.OrganisationRow;
import org.anjian.web.platform.PagedRows;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/** 企业信息: the enterprises of the regulator's jurisdiction, by name or credit code. */
@Named
@ViewScoped
public class Enterprises implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EnterpriseDirectory directory;

  private String search;

  private final PagedRows<OrganisationRow> rows =
      new PagedRows<>(page -> directory.list(page, new AccountFilter(search)), OrganisationRow::id);

  /** A new search starts on the first page. */
  public void search() {
    Components.<DataTable>findComponent("list:enterprises").setFirst(0);
  }

  public PagedRows<OrganisationRow> getRows() {
    return rows;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
