package org.anjian.census.entity;

import java.lang.reflect.Field;
import java.time.LocalDateTime;

/** Builds records without an enterprise entity, for rule tests that need none. */
final class TestRecords {

  private TestRecords() {}

  static CensusRecord draft(String supervisingPath) {
    try {
      var constructor = CensusRecord.class.getDeclaredConstructor();
      constructor.setAccessible(true);
      CensusRecord record = constructor.newInstance();
      set(record, "type", RecordType.TAILINGS_POND);
      set(record, "name", "试验尾矿库");
      set(record, "supervisingPath", supervisingPath);
      set(record, "status", ReviewStatus.DRAFT);
      set(record, "createdAt", LocalDateTime.now());
      return record;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(Object target, String field, Object value)
      throws ReflectiveOperationException {
    Field f = CensusRecord.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }
}
