package org.anjian.load;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.postgresql.PGConnection;

/**
 * Rows for one table in PostgreSQL's COPY text format, sent in chunks. Columns are named, so
 * columns that later migrations add (nullable or defaulted) do not break the generator.
 */
final class Copy {

  private static final int CHUNK = 20_000;

  private final Connection connection;
  private final String command;
  private final StringBuilder rows = new StringBuilder();
  private int pending;
  private long total;
  private Copy parent;

  Copy(Connection connection, String table, String columns) {
    this.connection = connection;
    this.command = "copy " + table + " (" + columns + ") from stdin";
  }

  /** Rows of this table refer to rows of {@code parent}: send those first. */
  Copy after(Copy parent) {
    this.parent = parent;
    return this;
  }

  /** One row; nulls become \N, everything else its text. */
  void row(Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        rows.append('\t');
      }
      append(values[i]);
    }
    rows.append('\n');
    total++;
    if (++pending >= CHUNK) {
      flush();
    }
  }

  long total() {
    return total;
  }

  void flush() throws SQLException {
    if (parent != null) {
      parent.flush();
    }
    if (pending == 0) {
      return;
    }
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(command, new StringReader(rows.toString()));
    } catch (IOException e) {
      throw new SQLException(e);
    }
    rows.setLength(0);
    pending = 0;
  }

  private void append(Object value) {
    if (value == null) {
      rows.append("\\N");
      return;
    }
    String text =
        value instanceof Enum<?> e
            ? e.name()
            : value instanceof LocalDateTime t ? t.toString().replace('T', ' ') : value.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> rows.append("\\\\");
        case '\t' -> rows.append("\\t");
        case '\n' -> rows.append("\\n");
        case '\r' -> rows.append("\\r");
        default -> rows.append(c);
      }
    }
  }
}
